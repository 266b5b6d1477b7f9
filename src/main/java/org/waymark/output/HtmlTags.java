package org.waymark.output;

import java.util.Set;

/** What {@link HtmlScan} knows of HTML's tags and characters, as the HTML tokenizer and tree builder treat them. */
final class HtmlTags {
    private HtmlTags() {}

    /** Tags with parsing modes of their own, foreign content, or rarely plain: parsed in full. */
    static final Set<String> FULL = Set.of("svg", "math", "select", "template", "frameset", "frame",
            "noscript", "xmp", "iframe", "noembed", "noframes", "plaintext", "image", "isindex", "listing",
            "rb", "rp", "rt", "rtc", "marquee", "object", "applet");
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame");
    static final Set<String> HEAD = Set.of("meta", "link", "base", "title", "style", "script");
    static final Set<String> TABLE = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");
    static final Set<String> TABLE_PARTS = Set.of("caption", "colgroup", "col", "thead", "tbody",
            "tfoot", "tr", "td", "th");
    /** Start tags that close an open paragraph. */
    static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
            "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3",
            "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp");

    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    /** Whether {@code c} ends a tag's or an attribute's name. */
    static boolean ends(char c) {
        return space(c) || c == '/' || c == '>';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
