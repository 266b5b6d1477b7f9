package org.waymark.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.NavEntry;
import org.waymark.model.Site;

/**
 * The parts of every page around its content: site settings, top navigation, breadcrumbs,
 * the section sidebar, previous/next. Each is a plain map for the templates, with links
 * made relative to the page being written.
 */
final class Chrome {
    private final Site site;
    private final Outline outline;
    private final Theme theme;
    /** A link of the header: an output file of the site, or (external) an address elsewhere. */
    private record NavLink(String target, boolean external, String label) {}

    private final List<NavLink> nav = new ArrayList<>();
    /** How many of {@link #nav} stand in the header row; the rest are under "More". */
    private final int navInline;
    /** The A-Z index page, which the header's search box links to. */
    private final String azIndexFile;

    /** The tag index's output file; null when no page has a tag. */
    private final String tagIndex;

    Chrome(Site site, Outline outline, Theme theme, LinkResolver resolver, String tagIndex, String azIndexFile) {
        this.site = site;
        this.tagIndex = tagIndex;
        this.outline = outline;
        this.theme = theme;
        if (!site.config().nav().isEmpty()) {
            for (NavEntry entry : site.config().nav()) navLink(entry, resolver);
        } else {
            nav.add(new NavLink("index.html", false, "Home"));
            for (Outline.Section s : outline.root().sections()) nav.add(new NavLink(s.outputFile(), false, s.title()));
            for (Document d : outline.root().documents()) nav.add(new NavLink(d.outputFile(), false, d.title()));
        }
        this.azIndexFile = azIndexFile;
        navInline = HeaderFit.inline(site.config().title(), nav.stream().map(NavLink::label).toList());
    }

    /** An entry of site.yaml's nav as a link; its own label, else the page's or section's title. */
    private void navLink(NavEntry entry, LinkResolver resolver) {
        if (entry instanceof NavEntry.External e) {
            nav.add(new NavLink(e.url(), true, e.label()));
        } else if (entry instanceof NavEntry.Content e) {
            ResolvedLink r = resolver.resolve(new ContentPath("site.yaml"), e.target());
            if (r instanceof ResolvedLink.ToDocument d) {
                boolean home = d.target().isIndex() && d.target().folder().isEmpty();
                String title = home ? "Home" : site.documents().get(d.target()).title();
                nav.add(new NavLink(d.target().outputFile(), false, e.label().isEmpty() ? title : e.label()));
            } else if (r instanceof ResolvedLink.ToSection s) {
                String title = outline.section(s.folder()).title();
                nav.add(new NavLink(s.folder() + "index.html", false, e.label().isEmpty() ? title : e.label()));
            }
        }
    }

    /** The model every template gets; {@code outputFile} is the page being written. */
    Map<String, Object> base(String outputFile, String kind, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        String root = RelativeUrl.root(outputFile);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", site.config().title());
        s.put("description", site.config().description());
        s.put("language", site.config().language());
        s.put("csp", site.config().contentSecurityPolicy());
        s.put("home", RelativeUrl.between(outputFile, "index.html"));
        s.put("baseUrl", site.config().baseUrl() == null ? "" : site.config().baseUrl());
        s.put("search", site.config().search());
        s.put("tagIndex", tagIndex == null ? "" : RelativeUrl.between(outputFile, tagIndex));
        s.put("atTagIndex", outputFile.equals(tagIndex));
        m.put("site", s);
        m.put("root", root);
        Map<String, String> assets = new LinkedHashMap<>();
        theme.assets().keySet().forEach(name -> assets.put(name, root + theme.path(name)));
        m.put("assets", assets);
        List<Map<String, Object>> links = navFor(outputFile);
        List<Map<String, Object>> more = links.subList(navInline, links.size());
        m.put("nav", links.subList(0, navInline));
        m.put("navMore", more);
        m.put("navMoreCurrent", more.stream().anyMatch(item -> (Boolean) item.get("current")));
        m.put("azIndex", RelativeUrl.between(outputFile, azIndexFile));
        m.put("kind", kind);
        m.put("title", title);
        m.put("canonical", site.config().baseUrl() == null ? "" : site.config().baseUrl() + RelativeUrl.withoutIndex(outputFile));
        m.put("breadcrumbs", List.of());
        m.put("sidebar", Map.of());
        m.put("toc", List.of());
        m.put("summary", "");
        m.put("tags", List.of());
        m.put("tagLinks", List.of());
        m.put("editUrl", "");
        m.put("review", Map.of());
        m.put("scripts", PageScripts.NONE);
        m.put("pagination", Map.of());
        return m;
    }

    private List<Map<String, Object>> navFor(String outputFile) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NavLink link : nav) {
            Map<String, Object> item = new LinkedHashMap<>();
            String target = link.target();
            String folder = target.substring(0, target.lastIndexOf('/') + 1);
            boolean current = !link.external() && (target.equals(outputFile)
                    || !folder.isEmpty() && outputFile.startsWith(folder));
            item.put("title", link.label());
            item.put("href", link.external() ? target : RelativeUrl.between(outputFile, target));
            item.put("current", current);
            // The page itself, or (aria-current="true") the section that holds it.
            item.put("currentKind", target.equals(outputFile) ? "page" : "true");
            item.put("external", link.external());
            items.add(item);
        }
        return items;
    }

    /** Home / Section / Sub-section, each linked, for a page in {@code folder}; the page itself is left out. */
    List<Map<String, Object>> breadcrumbs(String outputFile, String folder) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        List<Outline.Section> trail = outline.trail(folder);
        for (int i = 0; i < trail.size(); i++) {
            Outline.Section s = trail.get(i);
            if (s.outputFile().equals(outputFile)) break;
            crumbs.add(Map.of("title", i == 0 ? "Home" : s.title(), "href", RelativeUrl.between(outputFile,
                    s.outputFile())));
        }
        return crumbs;
    }

    /** Sections longer than this show a window around the current page, not every entry. */
    static final int SIDEBAR_WINDOW = 7;

    /**
     * The entries of the section holding the page, for the sidebar. A long section shows the
     * entries around the current page and links to the section's page for the rest, so that a
     * page's size (and the build's time) does not grow with the size of its section.
     */
    Map<String, Object> sidebar(String outputFile, String folder) {
        Outline.Section s = outline.section(folder);
        if (s == null || folder.isEmpty()) return Map.of();
        List<Outline.Entry> all = outline.entries(s);
        int from = 0;
        int to = all.size();
        if (all.size() > 2 * SIDEBAR_WINDOW + 1) {
            int current = Math.max(0, outline.entryIndex(s, outputFile));
            from = Math.max(0, Math.min(current - SIDEBAR_WINDOW, all.size() - 2 * SIDEBAR_WINDOW - 1));
            to = from + 2 * SIDEBAR_WINDOW + 1;
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Outline.Entry e : all.subList(from, to)) entries.add(entry(outputFile, e.outputFile(), e.title(), e.kind()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("href", RelativeUrl.between(outputFile, s.outputFile()));
        m.put("current", s.outputFile().equals(outputFile));
        m.put("entries", entries);
        m.put("before", from);
        m.put("after", all.size() - to);
        return m;
    }

    Map<String, Object> entry(String outputFile, String target, String title, String kind) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", title);
        e.put("href", RelativeUrl.between(outputFile, target));
        e.put("current", target.equals(outputFile));
        e.put("kind", kind);
        return e;
    }

    /** A card for listings: title, summary, link, kind. */
    Map<String, Object> card(String outputFile, Document d) {
        Map<String, Object> e = entry(outputFile, d.outputFile(), d.title(), kindOf(d));
        e.put("summary", d.summary());
        e.put("kindLabel", kindLabel(d));
        return e;
    }

    /** Previous and next in reading order. */
    void prevNext(Map<String, Object> model, Document d) {
        List<Document> order = outline.readingOrder();
        int i = outline.readingIndex(d);
        if (i < 0) return;
        String out = d.outputFile();
        if (i > 0) model.put("prev", Map.of("title", order.get(i - 1).title(), "href",
                RelativeUrl.between(out, order.get(i - 1).outputFile())));
        if (i < order.size() - 1) model.put("next", Map.of("title", order.get(i + 1).title(), "href",
                RelativeUrl.between(out, order.get(i + 1).outputFile())));
    }

    static String kindOf(Document d) {
        return d instanceof DecisionTree ? "decision" : d instanceof Checklist ? "checklist" : "page";
    }

    static String kindLabel(Document d) {
        return d instanceof DecisionTree ? "Decision wizard" : d instanceof Checklist ? "Checklist" : "Guide";
    }
}
