package org.waymark.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;

/**
 * What the verifier learns of one page as its elements go by, in document order, from the
 * token scan ({@link HtmlScan}) or from jsoup's tree ({@link PageScan#of(org.jsoup.nodes.Document)}):
 * one place that judges them, so that both readings give the same {@link PageScan}.
 */
final class PageFacts {
    /**
     * The Markdown writer's slots (markdown.MarkdownHtmlWriter, which output may not import),
     * anywhere in a URL: {@code mailto:wmslot:0} once slipped through as an e-mail address.
     */
    private static final String SLOT_URL = "wmslot:";
    static final String SLOT_CLASS = "wmslot-";

    private final Set<String> ids = new HashSet<>();
    private final List<String> links = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private int h1;

    /** An element's own findings, before those of its attributes: {@code type} and {@code src} count for script only. */
    void element(String tag, String type, boolean hasSrc, boolean textCloses) {
        if (tag.equals("h1")) {
            h1++;
        } else if (tag.equals("style")) {
            faults.add(Fault.Plain.INLINE_STYLE);
        } else if (tag.equals("script")) {
            boolean data = "application/json".equals(type);
            if (!hasSrc && !data) faults.add(Fault.Plain.INLINE_SCRIPT);
            if (data && textCloses) faults.add(Fault.Plain.CLOSABLE_JSON);
        }
    }

    /** Whether an attribute of this name can matter to the verifier at all (any case). */
    static boolean matters(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("id") || k.equals("name") || k.startsWith("on") || k.equals("style") || k.equals("class")
                || link(k);
    }

    static boolean link(String key) {
        return key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")
                || key.equals("xlink:href") || key.equals("poster");
    }

    void attribute(String tag, String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        // The names are told apart in the order of how often pages carry them; none is two of them.
        if (key.equals("href")) {
            url(tag, key, value);
        } else if (key.equals("id")) {
            if (!ids.add(value)) faults.add(new Fault.DuplicateId(value));
        } else if (key.equals("name") && tag.equals("a")) {
            ids.add(value);
        } else if (key.startsWith("on")) {
            faults.add(new Fault.EventHandler(key, tag));
        } else if (key.equals("style")) {
            faults.add(new Fault.StyleAttribute(tag));
        } else if (key.equals("class") && value.contains(SLOT_CLASS)) {
            faults.add(new Fault.UnfilledSlot(value));
        } else if (link(key)) {
            url(tag, key, value);
        }
    }

    private void url(String tag, String key, String value) {
        if (slot(value)) {
            faults.add(new Fault.UnfilledSlot(value));
        } else {
            String scheme = Href.schemeOf(value);
            if (scheme == null) {
                if (!value.startsWith("//")) links.add(value);
            } else if (!UrlSafety.isAllowedScheme(scheme)) {
                faults.add(new Fault.UnsafeUrl(key, tag, value));
            }
        }
    }

    /** "wmslot:" and a digit, anywhere in the URL. */
    private static boolean slot(String url) {
        for (int at = url.indexOf(SLOT_URL); at >= 0; at = url.indexOf(SLOT_URL, at + 1)) {
            int d = at + SLOT_URL.length();
            if (d < url.length() && url.charAt(d) >= '0' && url.charAt(d) <= '9') return true;
        }
        return false;
    }

    PageScan scan(String title) {
        if (h1 != 1) faults.add(new Fault.H1Count(h1));
        if (title.isBlank()) faults.add(Fault.Plain.NO_TITLE);
        return new PageScan(ids, links, faults);
    }
}
