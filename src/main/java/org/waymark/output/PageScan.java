package org.waymark.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    static PageScan of(Document doc) {
        // One pass over the elements checks everything; CSS queries would be parsed again per page.
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        int h1 = 0;
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("style")) {
                faults.add(Fault.Plain.INLINE_STYLE);
            } else if (tag.equals("script")) {
                boolean data = e.attr("type").equals("application/json");
                if (!e.hasAttr("src") && !data) faults.add(Fault.Plain.INLINE_SCRIPT);
                if (data && e.data().contains("</")) faults.add(Fault.Plain.CLOSABLE_JSON);
            }
            for (Attribute a : e.attributes()) attribute(tag, a, ids, links, faults);
        }
        if (h1 != 1) faults.add(new Fault.H1Count(h1));
        if (doc.title().isBlank()) faults.add(Fault.Plain.NO_TITLE);
        return new PageScan(ids, links, faults);
    }

    private static void attribute(String tag, Attribute a, Set<String> ids, List<String> links, List<Fault> faults) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("id")) {
            if (!ids.add(a.getValue())) faults.add(new Fault.DuplicateId(a.getValue()));
        } else if (key.equals("name") && tag.equals("a")) {
            ids.add(a.getValue());
        } else if (key.startsWith("on")) {
            faults.add(new Fault.EventHandler(key, tag));
        } else if (key.equals("style")) {
            faults.add(new Fault.StyleAttribute(tag));
        } else if (key.equals("class") && a.getValue().contains(SLOT_CLASS)) {
            faults.add(new Fault.UnfilledSlot(a.getValue()));
        } else if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")
                || key.equals("xlink:href") || key.equals("poster")) {
            String v = a.getValue();
            if (SLOT_URL.matcher(v).find()) {
                faults.add(new Fault.UnfilledSlot(v));
            } else if (!UrlSafety.isSafe(v)) {
                faults.add(new Fault.UnsafeUrl(key, tag, v));
            } else if (UrlSafety.scheme(v).isEmpty() && !v.startsWith("//")) {
                links.add(v);
            }
        }
    }
}
