package org.waymark.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.Jsoup;

/**
 * One produced page read back: the ids its anchors may name, its internal links (checked
 * against the other pages afterwards), and what is wrong in the page on its own: not exactly
 * one h1, no title, a duplicate id, or anything that would run inline ({@link PageFacts}).
 * With them, worked out once when the page is read (and kept in the scan store), the page's
 * part of the {@link LinkDigest}, the {@link LinkDigest#folderEnds} of its links, and a digest
 * of the bytes read ({@link #bytesDigest}; 0 when not read from bytes), by which a build tells
 * a file holding those very bytes ({@link PagesByPath#restored}).
 */
record PageScan(Set<String> ids, List<String> links, List<Fault> faults, long digest, long folderEnds, long bytes) {
    PageScan(Set<String> ids, List<String> links, List<Fault> faults) {
        this(ids, links, faults, LinkDigest.parts(ids, links));
    }

    private PageScan(Set<String> ids, List<String> links, List<Fault> faults, LinkDigest.Parts parts) {
        this(ids, links, faults, parts.digest(), parts.folderEnds(), 0);
    }

    /** A page's bytes, read as tokens ({@link HtmlScan}) or, where only a tree reads them right, parsed by jsoup. */
    static PageScan of(byte[] bytes) {
        PageScan scan = HtmlScan.scan(bytes);
        if (scan == null) {
            try {
                scan = of(Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", ""));
            } catch (IOException e) {
                throw new UncheckedIOException("reading bytes held in memory", e);
            }
        }
        return new PageScan(scan.ids, scan.links, scan.faults, scan.digest, scan.folderEnds, bytesDigest(bytes));
    }

    /**
     * A page's bytes in 64 bits: their CRC-32 and Adler-32 side by side, both computed by the
     * JDK's native zlib (a 14 KB page in under 4 µs). Two different pages share one about once
     * in 2^64; it stands in for a file's bytes only where the store already says what the page
     * was made from.
     */
    static long bytesDigest(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return crc.getValue() << 32 | adler.getValue();
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
