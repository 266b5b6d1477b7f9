package org.waymark.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.link.Href;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Link;
import org.waymark.model.Page;
import org.waymark.model.Review;
import org.waymark.model.Site;

/**
 * What page models are made of, built once per build and shared by every page: the site's
 * outline, the chrome around each page, Markdown with its links filled in, the views of trees
 * and checklists, section listings and embeds.
 */
record PageParts(Site site, Outline outline, Chrome chrome, MarkdownHtml markdown, TreeView trees,
                 ChecklistView checklists, Listing listing, Embeds embeds, Tags tags, AzIndex az) {

    static PageParts of(Site site, Theme theme, TemplateSet templates) {
        LinkResolver resolver = new LinkResolver(site);
        Outline outline = new Outline(site, NavOrder.of(site, resolver));
        Tags tags = tags(site, outline);
        AzIndex az = AzIndex.of(site, outline);
        Chrome chrome = new Chrome(site, outline, theme, resolver, tags.isEmpty() ? null : tags.indexFile(), az.file());
        MarkdownHtml markdown = new MarkdownHtml(resolver, site.config().trustHtml());
        LinkLabels labels = new LinkLabels(resolver, markdown);
        TreeView trees = new TreeView(markdown, labels, site.config().baseUrl());
        ChecklistView checklists = new ChecklistView(markdown, labels, siteKey(site), site.config().baseUrl());
        return new PageParts(site, outline, chrome, markdown, trees, checklists, new Listing(outline, chrome),
                new Embeds(site, templates, trees, checklists), tags, az);
    }

    /** The site's tags; their pages go where no content file is written. */
    private static Tags tags(Site site, Outline outline) {
        java.util.Set<String> taken = new HashSet<>();
        site.documents().values().forEach(d -> taken.add(d.outputFile()));
        outline.sections().forEach(s -> taken.add(s.outputFile()));
        site.assets().forEach(a -> taken.add(a.path().value()));
        return new Tags(outline.readingOrder(), taken);
    }

    /** The site's name in saved ticks: its address when it has one, else its title. */
    private static String siteKey(Site site) {
        return site.config().baseUrl() != null ? site.config().baseUrl() : site.config().title();
    }

    /** The model a document's page starts from: the chrome, its summary and tags, and where it stands. */
    Map<String, Object> document(Document d, String kind) {
        String file = d.outputFile();
        String folder = d.path().folder();
        Map<String, Object> m = chrome.base(file, kind, d.title());
        m.put("summary", d.summary());
        m.put("tags", d.tags());
        m.put("tagLinks", tags.links(d, file));
        m.put("review", review(d.review()));
        m.put("breadcrumbs", chrome.breadcrumbs(file, folder));
        m.put("sidebar", chrome.sidebar(file, folder));
        String edit = site.config().editUrl();
        if (edit != null) m.put("editUrl", edit + Href.percentEncode(d.path().value()));
        chrome.prevNext(m, d);
        return m;
    }

    /** Owner and review date for review.ftlh: text, "" where absent. */
    private static Map<String, Object> review(Review r) {
        return Map.of("owner", r.ownerName().orElse(""),
                "reviewed", r.reviewedOn().map(LocalDate::toString).orElse(""),
                "reviewedText", r.reviewedOn().map(Review::spelled).orElse(""));
    }

    /**
     * A Markdown page's HTML, with embedded trees and checklists in place, and its table of
     * contents: none when the page has one of its own, hand-written as links to its headings.
     */
    void content(Page p, Map<String, Object> m) {
        String file = p.outputFile();
        PageScripts scripts = new PageScripts();
        String html = markdown.render(p.body(), new MarkdownHtml.Target(file, target -> {
            scripts.embeds(site.documents().get(target));
            return embeds.html(target, file);
        }));
        m.put("scripts", scripts.model());
        m.put("contentHtml", HeadingLinks.add(html, p.body().headings()));
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading h : p.body().headings()) {
            if (h.level() == 2 || h.level() == 3) toc.add(Map.of("level", h.level(), "id", h.id(), "text", h.text()));
        }
        m.put("toc", writesOwnContents(p, toc) ? List.of() : toc);
    }

    /** True when the page's own links name at least two thirds of the headings a table of contents would list. */
    private static boolean writesOwnContents(Page p, List<Map<String, Object>> toc) {
        Set<String> named = new HashSet<>();
        for (Link l : p.body().links()) {
            if (l.kind() == Link.Kind.LINK && l.target().startsWith("#")) named.add(l.target().substring(1));
        }
        long covered = toc.stream().filter(h -> named.contains((String) h.get("id"))).count();
        return covered >= 3 && covered * 3 >= toc.size() * 2L;
    }

    /**
     * A section's page: its index page when it has one, else {@code title} and {@code summary}
     * over an empty body; then the listing of what the section holds.
     */
    Map<String, Object> section(Outline.Section s, String kind, String title, String summary) {
        String file = s.outputFile();
        Map<String, Object> m;
        if (s.index() instanceof Page index) {
            m = document(index, kind);
            content(index, m);
        } else {
            m = chrome.base(file, kind, title);
            m.put("summary", summary);
            m.put("breadcrumbs", chrome.breadcrumbs(file, s.folder()));
            m.put("sidebar", chrome.sidebar(file, s.folder()));
            m.put("contentHtml", "");
        }
        m.put("listing", listing.of(s, file, 1));
        m.put("pagination", listing.pagination(s, file, 1));
        return m;
    }

    /** Page {@code number} (2 or more) of a long section's listing of guides: the listing and nothing else. */
    Map<String, Object> listingPage(Outline.Section s, int number, String title) {
        String file = Listing.pageFile(s, number);
        Map<String, Object> m = chrome.base(file, "section", title + ", page " + number + " of " + listing.count(s));
        m.put("breadcrumbs", chrome.breadcrumbs(file, s.folder()));
        m.put("sidebar", chrome.sidebar(file, s.folder()));
        m.put("contentHtml", "");
        m.put("listing", listing.of(s, file, number));
        m.put("pagination", listing.pagination(s, file, number));
        return m;
    }
}
