package org.waymark.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.Jsoup;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;

/**
 * One produced page read back: the ids its anchors may name, its internal links (checked
 * against the other pages afterwards), and what is wrong in the page on its own: not exactly
 * one h1, no title, a duplicate id, or anything that would run inline.
 */
record PageScan(Set<String> ids, List<String> links, List<Fault> faults) {
    /**
     * The Markdown writer's slots (markdown.MarkdownHtmlWriter, which output may not import),
     * anywhere in a URL: {@code mailto:wmslot:0} once slipped through as an e-mail address.
     */
    private static final java.util.regex.Pattern SLOT_URL = java.util.regex.Pattern.compile("wmslot:[0-9]");
    private static final String SLOT_CLASS = "wmslot-";

    /** One element as the scan needs it: its tag, its attributes (name, value) and, for script, title, style or textarea, its text. */
    record Element(String tag, List<String[]> attributes, String text) {}

    /** A page's bytes, read as tokens ({@link HtmlScan}) or, where only a tree reads them right, parsed by jsoup. */
    static PageScan of(byte[] bytes) {
        List<Element> elements = HtmlScan.elements(bytes);
        if (elements != null) {
            String title = elements.stream().filter(e -> e.tag().equals("title")).findFirst().map(Element::text).orElse("");
            return of(elements, title);
        }
        try {
            return of(Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes held in memory", e);
        }
    }

    static PageScan of(Document doc) {
        List<Element> elements = new ArrayList<>();
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            List<String[]> attrs = new ArrayList<>(e.attributesSize());
            for (Attribute a : e.attributes()) attrs.add(new String[] {a.getKey(), a.getValue()});
            elements.add(new Element(e.normalName(), attrs, e.normalName().equals("script") ? e.data() : null));
        }
        return of(elements, doc.title());
    }

    private static PageScan of(List<Element> elements, String title) {
        // One pass over the elements checks everything; CSS queries would be parsed again per page.
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        int h1 = 0;
        for (Element e : elements) {
            String tag = e.tag();
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("style")) {
                faults.add(Fault.Plain.INLINE_STYLE);
            } else if (tag.equals("script")) {
                boolean data = "application/json".equals(value(e, "type"));
                if (value(e, "src") == null && !data) faults.add(Fault.Plain.INLINE_SCRIPT);
                if (data && e.text().contains("</")) faults.add(Fault.Plain.CLOSABLE_JSON);
            }
            for (String[] a : e.attributes()) attribute(tag, a[0], a[1], ids, links, faults);
        }
        if (h1 != 1) faults.add(new Fault.H1Count(h1));
        if (title.isBlank()) faults.add(Fault.Plain.NO_TITLE);
        return new PageScan(ids, links, faults);
    }

    private static String value(Element e, String key) {
        for (String[] a : e.attributes()) if (a[0].equalsIgnoreCase(key)) return a[1];
        return null;
    }

    private static void attribute(String tag, String name, String value, Set<String> ids, List<String> links,
                                  List<Fault> faults) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("id")) {
            if (!ids.add(value)) faults.add(new Fault.DuplicateId(value));
        } else if (key.equals("name") && tag.equals("a")) {
            ids.add(value);
        } else if (key.startsWith("on")) {
            faults.add(new Fault.EventHandler(key, tag));
        } else if (key.equals("style")) {
            faults.add(new Fault.StyleAttribute(tag));
        } else if (key.equals("class") && value.contains(SLOT_CLASS)) {
            faults.add(new Fault.UnfilledSlot(value));
        } else if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")
                || key.equals("xlink:href") || key.equals("poster")) {
            String v = value;
            if (SLOT_URL.matcher(v).find()) {
                faults.add(new Fault.UnfilledSlot(v));
            } else {
                String scheme = Href.schemeOf(v);
                if (scheme == null) {
                    if (!v.startsWith("//")) links.add(v);
                } else if (!UrlSafety.isAllowedScheme(scheme)) {
                    faults.add(new Fault.UnsafeUrl(key, tag, v));
                }
            }
        }
    }
}
