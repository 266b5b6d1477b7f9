package org.waymark.model;

import java.util.List;
import org.waymark.text.PackedText;

/**
 * A parsed Markdown text (a page body, or a tree's help or body, or an item's detail).
 * It is parsed once, at load: what the checks need is lifted out, and the HTML is written with
 * numbered slots where links and embeds go ({@code html}, {@code slots}), because their
 * relative hrefs depend on the page the text is shown on. The parser's tree is not kept, so a
 * large site's model stays small, and neither is the text itself (nothing after load reads it:
 * a page's text is its {@code Source}'s, and {@code blank} says whether it is all white space).
 * {@code sourcePath} is the content file it was written in (links resolve against it);
 * {@code startsWithH1} says whether the text's first block is a level-1 heading.
 * {@code images} repeats the images of {@code links} with their alt text, for the image rules.
 * The HTML is kept as a {@link PackedText}: deflated on a site too large for plain texts, about
 * 2.7 KB less a page.
 */
public record Markdown(boolean blank, String sourcePath, boolean startsWithH1, PackedText packedHtml, List<HtmlSlot> slots,
                       List<Heading> headings, List<Link> links,
                       List<Image> images, List<RawHtml> rawHtml) {

    public Markdown(boolean blank, String sourcePath, boolean startsWithH1, String html, List<HtmlSlot> slots,
                    List<Heading> headings, List<Link> links, List<Image> images, List<RawHtml> rawHtml) {
        this(blank, sourcePath, startsWithH1, PackedText.of(html), slots, headings, links, images, rawHtml);
    }

    /** The HTML, made anew (inflated, when deflated) at each call: render and search each read it once. */
    public String html() {
        return packedHtml.text();
    }

    /** The HTML as characters, made anew at each call: for search's scan. */
    public char[] htmlChars() {
        return packedHtml.toCharArray();
    }

    public boolean isBlank() {
        return blank;
    }
}
