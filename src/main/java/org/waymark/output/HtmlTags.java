package org.waymark.output;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What {@link HtmlScan} knows of HTML's tags and characters, as the HTML tokenizer and tree builder treat them. */
final class HtmlTags {
    private HtmlTags() {}

    /** Tags with parsing modes of their own, foreign content, or rarely plain: parsed in full. */
    static final Set<String> FULL = Set.of("math", "select", "template", "frameset", "frame",
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
    /** SVG's plain drawing elements and links, the only ones read as tokens inside svg (a flowchart's). */
    static final Set<String> DRAWING = Set.of("a", "g", "path", "rect", "text", "tspan", "line", "polyline",
            "polygon", "circle", "ellipse");
    /** Other tags the build writes, looked up without making a string of their names. */
    private static final Set<String> COMMON = Set.of("html", "head", "body", "a", "span", "b", "i", "em",
            "strong", "code", "kbd", "small", "sup", "sub", "abbr", "mark", "del", "ins", "s", "u", "q", "time",
            "label", "button", "option", "optgroup", "output", "progress", "figcaption", "picture", "video",
            "audio", "canvas", "td", "th", "caption", "textarea", "nobr", "cite", "dfn", "var", "samp", "bdi",
            "bdo", "ruby", "data", "meter", "legend", "map", "slot", "h1", "h2", "h3", "h4", "h5", "h6", "svg");

    /**
     * A tag by its lower-case name, with what the scan asks of it worked out once: the same
     * answers the sets above give, without hashing a new string per tag; {@code judged}: the
     * element itself counts for the verifier (h1, style, script: {@link PageFacts#element}).
     */
    record Tag(String name, boolean full, boolean isVoid, boolean inHead, boolean table, boolean tablePart,
               boolean closesP, boolean heading, boolean raw, boolean drawing, boolean judged) {
        static Tag of(String name) {
            return new Tag(name, FULL.contains(name), VOID.contains(name), HEAD.contains(name), TABLE.contains(name),
                    TABLE_PARTS.contains(name), CLOSES_P.contains(name), name.matches("h[1-6]"),
                    name.equals("script") || name.equals("style") || name.equals("title") || name.equals("textarea"),
                    DRAWING.contains(name), name.equals("h1") || name.equals("style") || name.equals("script"));
        }
    }

    /** Known tags by their name's hash, open addressing; a name is hashed as String.hashCode would. */
    private static final Tag[] KNOWN = new Tag[512];

    static {
        Set<String> all = new HashSet<>(COMMON);
        for (Set<String> s : java.util.List.of(FULL, VOID, HEAD, TABLE, TABLE_PARTS, CLOSES_P, DRAWING)) all.addAll(s);
        for (String name : all) {
            int k = name.hashCode() & (KNOWN.length - 1);
            while (KNOWN[k] != null) k = (k + 1) & (KNOWN.length - 1);
            KNOWN[k] = Tag.of(name);
        }
    }

    /** The tag named by bytes {@code from} to {@code to} of {@code s}, as HTML lower-cases it. */
    static Tag tag(byte[] s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            int c = s[k];
            if (c < 0) return Tag.of(new String(s, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            h = 31 * h + lower(c);
        }
        for (int k = h & (KNOWN.length - 1); KNOWN[k] != null; k = (k + 1) & (KNOWN.length - 1)) {
            if (sameName(KNOWN[k].name(), s, from, to)) return KNOWN[k];
        }
        return Tag.of(new String(s, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
    }

    /** Whether bytes {@code from} to {@code to} of {@code s} are {@code lower}, a lower-case ASCII name, in any case. */
    static boolean sameName(String lower, byte[] s, int from, int to) {
        if (to - from != lower.length()) return false;
        for (int k = 0; k < lower.length(); k++) if (lower(s[from + k]) != lower.charAt(k)) return false;
        return true;
    }

    /** The lower-case name of an attribute that the verifier judges ({@link PageFacts}, and script's type), or null. */
    static String judged(byte[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] < 0) {
                String key = new String(s, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                return PageFacts.matters(key) || key.equals("type") ? key : null;
            }
        }
        if (to - from >= 2 && lower(s[from]) == 'o' && lower(s[from + 1]) == 'n') {
            return new String(s, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        }
        for (String key : JUDGED) if (sameName(key, s, from, to)) return key;
        return null;
    }

    private static final String[] JUDGED = {"href", "id", "class", "src", "type", "name", "style", "action",
            "formaction", "xlink:href", "poster"};

    static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

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
