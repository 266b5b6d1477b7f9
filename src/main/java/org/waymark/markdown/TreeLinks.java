package org.waymark.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;
import org.waymark.model.HtmlSlot;

/**
 * The URLs a document's links are written with, as flexmark's renderer resolves them through
 * {@link MarkdownHtmlWriter}'s link resolver: an allowed absolute URL stays, every other one
 * becomes a numbered slot, and the result is percent-encoded. Like flexmark, a URL is resolved
 * once per document and kind (link or image), so the same URL written twice shares its slot.
 */
final class TreeLinks {
    /** A resolved URL; {@code known} is false for an empty URL, which flexmark leaves unresolved. */
    record Resolved(String url, boolean known) {}

    final List<HtmlSlot> slots = new ArrayList<>();
    private final Map<String, Resolved> links = new HashMap<>();
    private final Map<String, Resolved> images = new HashMap<>();

    Resolved link(String url) {
        return links.computeIfAbsent(url, this::resolve);
    }

    Resolved image(String url) {
        return images.computeIfAbsent(url, this::resolve);
    }

    int slot(HtmlSlot slot) {
        slots.add(slot);
        return slots.size() - 1;
    }

    private Resolved resolve(String url) {
        if (url.isEmpty()) return new Resolved(url, false);
        Href href = Href.parse(url);
        String written = !href.isRelative() && UrlSafety.isAllowedScheme(href.scheme()) || href.isNetworkPath()
                ? url : MarkdownHtmlWriter.SLOT + slot(new HtmlSlot(false, url));
        return new Resolved(Escaping.percentEncodeUrl(written), true);
    }
}
