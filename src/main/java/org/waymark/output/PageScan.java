package org.waymark.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.Jsoup;

/**
 * One produced page read back: the ids its anchors may name, its internal links (checked
 * against the other pages afterwards), and what is wrong in the page on its own: not exactly
 * one h1, no title, a duplicate id, or anything that would run inline ({@link PageFacts}).
 * With them, worked out once when the page is read (and kept in the scan store), the page's
 * part of the {@link LinkDigest} and the {@link LinkDigest#folderEnds} of its links.
 */
record PageScan(Set<String> ids, List<String> links, List<Fault> faults, long digest, long folderEnds) {
    PageScan(Set<String> ids, List<String> links, List<Fault> faults) {
        this(ids, links, faults, LinkDigest.parts(ids, links));
    }

    private PageScan(Set<String> ids, List<String> links, List<Fault> faults, LinkDigest.Parts parts) {
        this(ids, links, faults, parts.digest(), parts.folderEnds());
    }

    /** A page's bytes, read as tokens ({@link HtmlScan}) or, where only a tree reads them right, parsed by jsoup. */
    static PageScan of(byte[] bytes) {
        PageScan scan = HtmlScan.scan(bytes);
        if (scan != null) return scan;
        try {
            return of(Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes held in memory", e);
        }
    }

    static PageScan of(Document doc) {
        PageFacts facts = new PageFacts();
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean script = tag.equals("script");
            facts.element(tag, script ? value(e, "type") : null, script && value(e, "src") != null,
                    script && e.data().contains("</"));
            for (Attribute a : e.attributes()) facts.attribute(tag, a.getKey(), a.getValue());
        }
        return facts.scan(doc.title());
    }

    private static String value(org.jsoup.nodes.Element e, String key) {
        for (Attribute a : e.attributes()) if (a.getKey().equalsIgnoreCase(key)) return a.getValue();
        return null;
    }
}
