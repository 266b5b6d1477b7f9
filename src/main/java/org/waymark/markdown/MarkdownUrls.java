package org.waymark.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The URL of a Markdown link as the browser will read it from the page: what the HTML writer
 * gets from flexmark for the same node. Link and image destinations and reference definitions
 * have their backslash escapes and entities decoded (CommonMark); an autolink's text is its URL
 * as it stands, and a bare {@code www.} link gets {@code http://} in front, as flexmark writes it.
 */
public final class MarkdownUrls {
    private MarkdownUrls() {}

    /** A link's or image's destination, or a reference definition's. */
    public static String destination(BasedSequence url) {
        return url.unescape();
    }

    public static String autolink(AutoLink link) {
        String text = link.getText().toString();
        return text.startsWith("www.") ? "http://" + text : text;
    }
}
