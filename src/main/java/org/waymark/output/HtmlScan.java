package org.waymark.output;

import static org.waymark.output.HtmlTags.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;

/**
 * A page read as HTML tokens, without building a tree: what {@link PageScan} needs (tags, their
 * attributes, script and title text) at a fraction of a DOM's cost. Tokens and tree agree only
 * while the markup is plainly nested, so this scan answers null, and the page is parsed in
 * full, at anything where an HTML parser's tree would differ from the tags as written: an end
 * tag that does not close the innermost open element, a start tag that would close or move
 * another, foreign content (svg, math), elements with their own parsing modes (select,
 * template, noscript, iframe...), a second html/head/body, an unfinished tag, NUL, CR or BOM.
 */
final class HtmlScan {
    private final byte[] s;
    private final int n;
    private int i;
    private final List<String> open = new ArrayList<>();
    private final List<PageScan.Element> elements = new ArrayList<>();
    private int html;
    private int head;
    private int body;
    private boolean titled;

    private HtmlScan(byte[] s) {
        this.s = s;
        this.n = s.length;
    }

    /** The page's elements in document order, or null when only a full parse reads it right. */
    static List<PageScan.Element> elements(byte[] page) {
        if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB && (page[2] & 0xFF) == 0xBF) {
            return null;
        }
        for (byte c : page) if (c == 0 || c == '\r') return null;
        HtmlScan scan = new HtmlScan(page);
        return scan.run() ? scan.elements : null;
    }

    private boolean run() {
        while (true) {
            int lt = indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) return true;
            i = lt + 1;
            char c = at(i);
            if (c == '!') {
                if (startsWith("!--", i)) {
                    if (!comment()) return true;
                } else {
                    if (startsWith("![CDATA[", i)) return false;
                    int gt = indexOf('>', i);
                    if (gt < 0) return true;
                    i = gt + 1;
                }
            } else if (c == '?') {
                int gt = indexOf('>', i);
                if (gt < 0) return true;
                i = gt + 1;
            } else if (c == '/') {
                if (i + 1 < n && isAsciiLetter(at(i + 1))) {
                    i++;
                    String name = name();
                    if (attributes(null) < 0) return false;
                    if (!close(name)) return false;
                } else {
                    return false;
                }
            } else if (isAsciiLetter(c)) {
                String name = name();
                List<String[]> attrs = new ArrayList<>(4);
                if (attributes(attrs) < 0) return false;
                if (!start(name, attrs)) return false;
            }
        }
    }

    /** After "<!--": the comment's end, as the tokenizer finds it; false at the end of the page. */
    private boolean comment() {
        int from = i + 3;
        if (startsWith(">", from) || startsWith("->", from)) {
            i = indexOf('>', from) + 1;
            return true;
        }
        for (int end = indexOf('-', from); end >= 0; end = indexOf('-', end + 1)) {
            if (startsWith("-->", end)) { i = end + 3; return true; }
            if (startsWith("--!>", end)) { i = end + 4; return true; }
        }
        return false;
    }

    private String name() {
        int from = i;
        while (i < n && !ends(at(i))) i++;
        return text(from, i).toLowerCase(Locale.ROOT);
    }

    /**
     * The attributes up to the tag's '>' (into {@code out}, first of each name kept, values
     * decoded), as the tokenizer reads them: 0 when the tag ends, 1 when it ends with "/>",
     * -1 when the page ends inside it.
     */
    private int attributes(List<String[]> out) {
        while (i < n) {
            char c = at(i);
            if (space(c)) { i++; continue; }
            if (c == '>') { i++; return 0; }
            if (c == '/') {
                if (i + 1 < n && at(i + 1) == '>') { i += 2; return 1; }
                i++;
                continue;
            }
            int from = i++;
            while (i < n && !ends(at(i)) && at(i) != '=') i++;
            String key = text(from, i).toLowerCase(Locale.ROOT);
            while (i < n && space(at(i))) i++;
            String value = "";
            if (i < n && at(i) == '=') {
                i++;
                while (i < n && space(at(i))) i++;
                if (i >= n) return -1;
                char q = at(i);
                if (q == '"' || q == '\'') {
                    int end = indexOf(q, i + 1);
                    if (end < 0) return -1;
                    value = text(i + 1, end);
                    i = end + 1;
                } else if (q != '>') {
                    int vf = i;
                    while (i < n && !space(at(i)) && at(i) != '>') i++;
                    value = text(vf, i);
                }
            }
            if (out != null && absent(out, key)) {
                out.add(new String[] {key, value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value});
            }
        }
        return -1;
    }

    private static boolean absent(List<String[]> attrs, String key) {
        for (String[] a : attrs) if (a[0].equals(key)) return false;
        return true;
    }

    private boolean start(String name, List<String[]> attrs) {
        if (open.size() > 100 || !plain(name)) return false;
        String text = null;
        if (name.equals("script") || name.equals("style") || name.equals("title") || name.equals("textarea")) {
            int end = rawEnd(name);
            if (end < 0) return false;
            text = text(i, end);
            if (name.equals("script") && text.contains("<!--")) return false;
            i = end + 2 + name.length();
            if (attributes(null) < 0) return false;
            if (!name.equals("script") && !name.equals("style") && text.indexOf('&') >= 0) {
                text = Parser.unescapeEntities(text, false);
            }
            if (name.equals("title")) text = StringUtil.normaliseWhitespace(text).trim();
        } else if (!VOID.contains(name)) {
            open.add(name);
        }
        elements.add(new PageScan.Element(name, attrs, text));
        return true;
    }

    /**
     * Whether a start tag puts an element where its tag stands, as a tree builder would: html,
     * head and body once each, in that nesting, the head holding only what a head may; nothing
     * that closes an open paragraph, heading, list item, link, button or form; a table's parts
     * only directly inside their own containers, and nothing else there.
     */
    private boolean plain(String name) {
        String top = open.isEmpty() ? "" : open.get(open.size() - 1);
        if (FULL.contains(name)) return false;
        if (top.equals("head") && !HEAD.contains(name)) return false;
        if (TABLE.contains(top)) {
            boolean part = switch (name) {
                case "caption", "colgroup", "thead", "tbody", "tfoot" -> top.equals("table");
                case "col" -> top.equals("colgroup") || top.equals("table");
                case "tr" -> !top.equals("tr") && !top.equals("colgroup");
                case "td", "th" -> top.equals("tr");
                default -> false;
            };
            if (!part) return false;
        } else if (TABLE_PARTS.contains(name)) {
            return false;
        }
        if (CLOSES_P.contains(name) && open.contains("p")) return false;
        return switch (name) {
            case "html" -> ++html == 1 && open.isEmpty();
            case "head" -> ++head == 1 && top.equals("html");
            case "body" -> ++body == 1 && top.equals("html") && head == 1;
            case "title" -> top.equals("head") && !titled && (titled = true);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> !top.matches("h[1-6]");
            case "li" -> top.equals("ul") || top.equals("ol") || top.equals("menu");
            case "dd", "dt" -> top.equals("dl");
            case "a", "button", "form", "nobr" -> !open.contains(name);
            case "option", "optgroup" -> !top.equals("option") && !top.equals("optgroup");
            default -> true;
        };
    }

    /** Where the raw text of {@code name} ends: its end tag, or -1 when it has none. */
    private int rawEnd(String name) {
        int len = name.length();
        for (int lt = indexOf('<', i); lt >= 0; lt = indexOf('<', lt + 1)) {
            int after = lt + 2 + len;
            if (after < n && at(lt + 1) == '/' && ends(at(after))) {
                boolean same = true;
                for (int k = 0; k < len && same; k++) same = Character.toLowerCase(at(lt + 2 + k)) == name.charAt(k);
                if (same) return lt;
            }
        }
        return -1;
    }

    /** The byte as a char: every byte that matters to HTML's syntax is ASCII, never part of a UTF-8 sequence. */
    private char at(int k) {
        return (char) (s[k] & 0xFF);
    }

    private int indexOf(char c, int from) {
        for (int k = from; k < n; k++) if (s[k] == c) return k;
        return -1;
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > n) return false;
        for (int k = 0; k < ascii.length(); k++) if (s[at + k] != ascii.charAt(k)) return false;
        return true;
    }

    private String text(int from, int to) {
        return new String(s, from, to - from, StandardCharsets.UTF_8);
    }

    /** An end tag: it must close the innermost open element, as written. */
    private boolean close(String name) {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) return false;
        open.remove(open.size() - 1);
        return true;
    }
}
