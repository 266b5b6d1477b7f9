package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.waymark.link.Href;

/**
 * The verify stage: reads every produced HTML page with jsoup and checks what the theme and
 * the content produced together: each internal link and anchor resolves to a file and id in
 * the output, and each page passes {@link PageScan} (one h1, a title, unique ids, nothing
 * inline). Findings name the page and the template that wrote it; they become diagnostics
 * where the templates are known (render's TemplateFaults).
 */
public final class SiteVerifier {
    private SiteVerifier() {}

    /** {@code templateOf} names the template that wrote each page (by its path in the output). */
    public static List<Finding> verify(Path root, Map<String, String> templateOf) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Path> html;
        try (Stream<Path> walk = Files.walk(base)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, PageScan> pages = new ConcurrentHashMap<>();
        List<Finding> out = Collections.synchronizedList(new ArrayList<>());
        html.parallelStream().forEach(p -> {
            try {
                PageScan scan = PageScan.of(Jsoup.parse(p.toFile(), "UTF-8"));
                pages.put(p, scan);
                for (Fault f : scan.faults()) out.add(finding(base, templateOf, p, f));
            } catch (IOException e) {
                out.add(finding(base, templateOf, p, new Fault.Unreadable(e.getMessage())));
            }
        });
        pages.entrySet().parallelStream().forEach(e -> {
            for (String href : e.getValue().links()) {
                Fault f = checkLink(base, e.getKey(), href, pages);
                if (f != null) out.add(finding(base, templateOf, e.getKey(), f));
            }
        });
        return List.copyOf(out);
    }

    /** What is wrong with an internal link on {@code page}, or null when it resolves. */
    private static Fault checkLink(Path root, Path page, String href, Map<Path, PageScan> pages) {
        if (href.isEmpty()) return null;
        Href parts = Href.parse(href);
        String path = parts.path();
        String anchor = parts.fragment();
        Path target;
        try {
            target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.NO_FILE);
        }
        if (!target.startsWith(root)) return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.LEAVES_SITE);
        if (Files.isDirectory(target)) return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.FOLDER);
        if (!Files.exists(target)) return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.NO_FILE);
        if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".html")) {
            PageScan scan = pages.get(target);
            if (scan != null && !scan.ids().contains(anchor)) {
                return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.NO_ANCHOR);
            }
        }
        return null;
    }

    private static Finding finding(Path root, Map<String, String> templateOf, Path page, Fault fault) {
        String rel = root.relativize(page.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return new Finding(rel, templateOf.get(rel), fault);
    }
}
