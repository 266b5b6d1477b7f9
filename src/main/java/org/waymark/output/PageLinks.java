package org.waymark.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.link.Href;

/**
 * Where a page's internal links lead in the site, worked out on paths alone ({@link OutputPath})
 * so that a site on disk and one in memory are judged alike: each must name a file of the
 * site (not a folder: from disk a folder shows no index.html) and, on a page, an id it has.
 */
final class PageLinks {
    /**
     * The files of the site, the folders that hold them, and the scan of each page read; and,
     * filled as links are followed, the fate of each link that climbs out of its page's folder,
     * by the folder it climbs to ({@link #climbing}).
     */
    record Site(Set<String> files, Set<String> folders, Map<String, PageScan> scans,
                Map<String, Map<String, Optional<Fault>>> climbed) {
        Site(Set<String> files, Set<String> folders, Map<String, PageScan> scans) {
            this(files, folders, scans, new ConcurrentHashMap<>());
        }
    }

    private PageLinks() {}

    static List<Fault> check(String page, PageScan scan, Site site) {
        List<Fault> out = new ArrayList<>();
        String folder = page.substring(0, page.lastIndexOf('/') + 1);
        for (String href : scan.links()) {
            Fault f = href.startsWith("../") ? climbing(page, folder, href, site) : check(page, folder, href, site);
            if (f != null) out.add(f);
        }
        return out;
    }

    /**
     * A link that starts by climbing k folders ("../" k times) leads to the same place, with the
     * same fate, from every page k folders below the same folder: the sidebar's and the
     * breadcrumbs' links of a section's pages are followed once per section, not once per page.
     */
    private static Fault climbing(String page, String folder, String href, Site site) {
        int end = folder.length();  // folder is "" or ends with '/': the part of it kept so far
        for (int at = 0; href.startsWith("../", at); at += 3) {
            if (end == 0) return check(page, folder, href, site);  // above the root: it leaves the site
            end = folder.lastIndexOf('/', end - 2) + 1;
        }
        Map<String, Optional<Fault>> fates = site.climbed().computeIfAbsent(folder.substring(0, end),
                up -> new ConcurrentHashMap<>());
        Optional<Fault> fate = fates.get(href);
        if (fate == null) {
            fate = Optional.ofNullable(check(page, folder, href, site));
            fates.put(href, fate);
        }
        return fate.orElse(null);
    }

    /** What is wrong with an internal link on {@code page}, or null when it resolves. */
    private static Fault check(String page, String folder, String href, Site site) {
        if (href.isEmpty()) return null;
        Href parts = Href.parse(href);
        String anchor = parts.fragment();
        String path = parts.path();
        // OutputPath.resolve, with the page's folder worked out once per page.
        String target = path.isEmpty() ? page
                : path.indexOf('\0') >= 0 || path.startsWith("/") ? null : OutputPath.normalize(folder, path);
        if (target == null) {
            return new Fault.BrokenLink(href, parts.path().indexOf('\0') >= 0 ? Fault.BrokenLink.Reason.NO_FILE
                    : Fault.BrokenLink.Reason.LEAVES_SITE);
        }
        if (site.folders().contains(target)) return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.FOLDER);
        if (!site.files().contains(target)) return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.NO_FILE);
        if (anchor != null && !anchor.isEmpty() && target.endsWith(".html")) {
            PageScan scan = site.scans().get(target);
            if (scan != null && !scan.ids().contains(anchor)) {
                return new Fault.BrokenLink(href, Fault.BrokenLink.Reason.NO_ANCHOR);
            }
        }
        return null;
    }
}
