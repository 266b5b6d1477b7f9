package org.waymark.output;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.UrlSafety;

/**
 * The verify stage: reads every produced HTML page with jsoup and checks what the theme and
 * the content produced together: each internal link and anchor resolves to a file and id in
 * the output, ids are unique, each page has one h1 and a title, and nothing runs inline
 * (no inline script or style, no style attribute, no on* handler, no unsafe URL).
 */
public final class SiteVerifier {
    private SiteVerifier() {}

    /** {@code templateOf} names the template that wrote each page, so a fault is reported against it. */
    public static List<Diagnostic> verify(Path root, Map<String, String> templateOf) throws IOException {
        List<Path> html;
        try (Stream<Path> walk = Files.walk(root)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new ConcurrentHashMap<>();
        Map<Path, List<String>> links = new ConcurrentHashMap<>();
        List<Diagnostic> out = Collections.synchronizedList(new ArrayList<>());
        html.parallelStream().forEach(p -> {
            try {
                read(root, templateOf, p, ids, links, out);
            } catch (IOException e) {
                out.add(fault(root, templateOf, p, Code.IO_ERROR, "cannot read output: " + e.getMessage()));
            }
        });
        links.entrySet().parallelStream().forEach(e -> {
            Path page = e.getKey();
            for (String link : e.getValue()) checkLink(root, templateOf, page, link, ids, out);
        });
        return List.copyOf(out);
    }

    private static void read(Path root, Map<String, String> templateOf, Path p, Map<Path, Set<String>> ids, Map<Path, List<String>> links,
                             List<Diagnostic> out) throws IOException {
        Document doc = Jsoup.parse(p.toFile(), "UTF-8");
        // One pass over the elements checks everything; CSS queries would be parsed again per page.
        Set<String> seen = new HashSet<>();
        List<String> pageLinks = new ArrayList<>();
        int h1 = 0;
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("style")) {
                out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "inline <style> in the page"));
            } else if (tag.equals("script")) {
                boolean data = e.attr("type").equals("application/json");
                if (!e.hasAttr("src") && !data) out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "inline <script> in the page"));
                if (data && e.data().contains("</")) out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "a JSON block contains '</'"));
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (key.equals("id")) {
                    if (!seen.add(a.getValue())) {
                        out.add(fault(root, templateOf, p, Code.OUTPUT_DUPLICATE_ID, "id '" + a.getValue() + "' is used twice"));
                    }
                } else if (key.equals("name") && tag.equals("a")) {
                    seen.add(a.getValue());
                } else if (key.startsWith("on")) {
                    out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "event handler attribute '" + key + "' on <" + tag + ">"));
                } else if (key.equals("style")) {
                    out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "style attribute on <" + tag + ">"));
                } else if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")
                        || key.equals("xlink:href") || key.equals("poster")) {
                    String v = a.getValue();
                    if (!UrlSafety.isSafe(v)) {
                        out.add(fault(root, templateOf, p, Code.OUTPUT_UNSAFE, "unsafe URL in " + key + " on <" + tag + ">"));
                    } else if (UrlSafety.scheme(v).isEmpty() && !v.startsWith("//")) {
                        pageLinks.add(v);
                    }
                }
            }
        }
        ids.put(p.toAbsolutePath().normalize(), seen);
        if (h1 != 1) out.add(fault(root, templateOf, p, Code.OUTPUT_H1, "the page has " + h1 + " h1 headings; it needs exactly one"));
        if (doc.title().isBlank()) out.add(fault(root, templateOf, p, Code.OUTPUT_TITLE, "the page has no <title>"));
        links.put(p.toAbsolutePath().normalize(), pageLinks);
    }

    private static void checkLink(Path root, Map<String, String> templateOf, Path page, String href, Map<Path, Set<String>> ids, List<Diagnostic> out) {
        if (href.isEmpty()) return;
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root.toAbsolutePath().normalize())) {
            out.add(fault(root, templateOf, page, Code.OUTPUT_LINK, "link '" + href + "' leaves the site"));
            return;
        }
        if (Files.isDirectory(target)) {
            out.add(fault(root, templateOf, page, Code.OUTPUT_LINK, "link '" + href
                    + "' names a folder; from disk it must name its index.html"));
            return;
        }
        if (!Files.exists(target)) {
            out.add(fault(root, templateOf, page, Code.OUTPUT_LINK, "link '" + href + "' leads to no file"));
            return;
        }
        if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> targetIds = ids.get(target);
            if (targetIds != null && !targetIds.contains(anchor)) {
                out.add(fault(root, templateOf, page, Code.OUTPUT_LINK, "link '" + href + "' names an anchor that is not there"));
            }
        }
    }

    private static Diagnostic fault(Path root, Map<String, String> templateOf, Path page, Code code, String message) {
        String rel = root.toAbsolutePath().normalize().relativize(page.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        String template = templateOf.get(rel);
        if (template == null) {
            return Diagnostic.ofFile("site/" + rel, 1, 1, code, message, "check the theme or your templates/ overrides");
        }
        return Diagnostic.ofFile("templates/" + template, 1, 1, code, message + " (in site/" + rel + ")",
                "this template (or one it includes) wrote it; check your templates/ overrides, or report it "
                        + "if the template is the built-in one");
    }
}
