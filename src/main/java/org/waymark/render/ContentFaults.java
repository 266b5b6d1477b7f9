package org.waymark.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.HtmlSanitizer;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Link;
import org.waymark.model.Markdown;
import org.waymark.model.RawHtml;
import org.waymark.model.Site;
import org.waymark.output.Fault;
import org.waymark.output.Finding;
import org.waymark.text.Position;

/**
 * Points a verifier finding at the content that caused it, when content did: a link written
 * in a page (found by rewriting each of the page's links for that output file, exactly as the
 * page was written), a heading whose id is taken twice, or raw HTML (an element, a handler, an
 * inline script or style, an h1). Everything else is the theme's, and {@link TemplateFaults}
 * points it at a template.
 */
public final class ContentFaults {
    private final MarkdownHtml markdown;
    /** Output file -> the documents whose content it shows: its own, and those it embeds. */
    private final Map<String, List<Document>> shownOn = new HashMap<>();
    /** Files copied from content/ as they are (an attached .html is verified like a page). */
    private final java.util.Set<String> copied = new java.util.HashSet<>();

    public ContentFaults(Site site) {
        LinkResolver links = new LinkResolver(site);
        this.markdown = new MarkdownHtml(links, site.config().trustHtml());
        site.assets().forEach(a -> copied.add(a.path().value()));
        for (Document d : site.documents().values()) {
            List<Document> docs = shownOn.computeIfAbsent(d.outputFile(), f -> new ArrayList<>());
            docs.add(d);
            for (Link l : d.links()) {
                if (l.kind() == Link.Kind.EMBED && links.resolve(d.path(), l.target()) instanceof ResolvedLink.ToDocument t) {
                    Document embedded = links.document(t.target());
                    if (embedded != null) docs.add(embedded);
                }
            }
        }
    }

    /** Each finding at the content that caused it, or else at the template that wrote it. */
    public List<Diagnostic> located(List<Finding> findings, TemplateFaults templates) {
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(located(f).orElseGet(() -> templates.located(f)));
        return out;
    }

    Optional<Diagnostic> located(Finding f) {
        if (copied.contains(f.page())) {
            return Optional.of(Diagnostic.ofFile("content/" + f.page(), 1, 1, f.fault().code(), f.fault().message()
                    + " (in site/" + f.page() + ")", "an HTML file in content/ is copied as it is, and checked like every"
                    + " page of the site; correct it, or attach it in another form (such as a .zip)"));
        }
        for (Document d : shownOn.getOrDefault(f.page(), List.of())) {
            Optional<Position[]> at = find(d, f.page(), f.fault());
            if (at.isPresent()) {
                return Optional.of(Diagnostic.of(d.source(), at.get()[0], at.get()[1], f.fault().code(),
                        f.fault().message() + " (in site/" + f.page() + ")", hint(f.fault())));
            }
        }
        return Optional.empty();
    }

    /** Where in {@code d} the fault was written: {from, to}. */
    private Optional<Position[]> find(Document d, String page, Fault fault) {
        if (fault instanceof Fault.BrokenLink b) {
            for (Link l : d.links()) {
                if (l.kind() != Link.Kind.EMBED && markdown.href(d.path(), l.target(), page).filter(b.href()::equals).isPresent()) {
                    return Optional.of(new Position[] {l.at(), l.end()});
                }
            }
            return Optional.empty();
        }
        if (fault instanceof Fault.DuplicateId dup) {
            for (Markdown m : d.markdownTexts()) {
                for (Heading h : m.headings()) {
                    if (h.id().equals(dup.id())) return Optional.of(new Position[] {h.at(), h.end()});
                }
            }
        }
        for (Markdown m : d.markdownTexts()) {
            for (RawHtml raw : m.rawHtml()) {
                Optional<Position> at = inRawHtml(raw, fault);
                if (at.isPresent()) return Optional.of(new Position[] {at.get(), at.get()});
            }
        }
        return Optional.empty();
    }

    /** The element of the raw HTML that carries the fault, if it is there. */
    private static Optional<Position> inRawHtml(RawHtml raw, Fault fault) {
        Element body = HtmlSanitizer.parse(raw.html());
        for (Element e : body.getAllElements()) {
            if (e != body && carries(e, fault)) {
                Range.Position p = e.sourceRange().start();
                return Optional.of(p.isTracked() ? raw.at(p.lineNumber(), p.columnNumber()) : raw.at());
            }
        }
        return Optional.empty();
    }

    private static boolean carries(Element e, Fault fault) {
        String tag = e.normalName();
        if (fault instanceof Fault.EventHandler h) return tag.equals(h.element()) && e.hasAttr(h.attribute());
        if (fault instanceof Fault.StyleAttribute s) return tag.equals(s.element()) && e.hasAttr("style");
        if (fault instanceof Fault.UnsafeUrl u) return tag.equals(u.element()) && e.attr(u.attribute()).equals(u.url());
        if (fault instanceof Fault.DuplicateId d) return e.id().equals(d.id());
        if (fault instanceof Fault.H1Count) return tag.equals("h1");
        if (fault instanceof Fault.UnfilledSlot s) {
            for (Attribute a : e.attributes()) if (a.getValue().contains(s.marker())) return true;
            return false;
        }
        if (fault == Fault.Plain.INLINE_SCRIPT) return tag.equals("script") && !e.hasAttr("src");
        if (fault == Fault.Plain.INLINE_STYLE) return tag.equals("style");
        return false;
    }

    private static String hint(Fault fault) {
        if (fault instanceof Fault.BrokenLink) return "this link leads nowhere in the built site; correct its path or anchor";
        if (fault instanceof Fault.DuplicateId) {
            return "another element of the page has this id; give the heading its own with '{#id}', or rename the id";
        }
        if (fault instanceof Fault.H1Count) return "the page's title is its one h1; use <h2> (or '## ') here";
        if (fault instanceof Fault.UnsafeUrl) return "links may be http, https, mailto, tel or relative paths";
        if (fault instanceof Fault.UnfilledSlot) return "Waymark left a placeholder here; please report it";
        if (fault instanceof Fault.EventHandler || fault == Fault.Plain.INLINE_SCRIPT) {
            return "pages run under a Content-Security-Policy that blocks inline scripts and handlers, trusted HTML"
                    + " or not; put scripts in the theme's assets (templates/assets/)";
        }
        return "inline styles are blocked by the pages' Content-Security-Policy; style the page from the theme's"
                + " CSS (templates/assets/)";
    }
}
