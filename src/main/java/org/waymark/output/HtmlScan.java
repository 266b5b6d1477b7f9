package org.waymark.output;

import static org.waymark.output.HtmlTags.*;

import java.nio.charset.StandardCharsets;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;

/**
 * A page read as HTML tokens, without building a tree, straight into what {@link PageScan}
 * needs, at a fraction of a DOM's cost: no string is made for a tag, nor for an attribute the
 * verifier does not judge ({@link PageFacts}). Tokens and tree agree only while the markup is
 * plainly nested, so this scan answers null, and the page is parsed in full, at anything where
 * an HTML parser's tree would differ from the tags as written: an end tag that does not close
 * the innermost open element, a start tag that would close or move another, foreign content
 * (svg, math), elements with their own parsing modes (select, template, noscript, iframe...),
 * a second html/head/body, an unfinished tag, NUL, CR or BOM.
 */
final class HtmlScan {
    private final byte[] s;
    private final int n;
    private int i;
    private final OpenElements open = new OpenElements();
    private final PageFacts facts = new PageFacts();
    private String title = "";
    /** The attributes of the tag being read that the verifier judges: first of each name, value null when it cannot matter. */
    private String[] keys = new String[16];
    private String[] values = new String[16];
    private int kept;

    private HtmlScan(byte[] s) {
        this.s = s;
        this.n = s.length;
    }

    /** The page's scan, or null when only a full parse reads it right. */
    static PageScan scan(byte[] page) {
        if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB && (page[2] & 0xFF) == 0xBF) {
            return null;
        }
        for (byte c : page) if (c == 0 || c == '\r') return null;
        HtmlScan scan = new HtmlScan(page);
        return scan.run() ? scan.facts.scan(scan.title) : null;
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
                    Tag tag = name();
                    if (attributes(false) < 0) return false;
                    if (!open.close(tag)) return false;
                } else {
                    return false;
                }
            } else if (isAsciiLetter(c)) {
                Tag tag = name();
                kept = 0;
                int end = attributes(true);
                if (end < 0 || !start(tag, end == 1)) return false;
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

    private Tag name() {
        int from = i;
        while (i < n && !ends(at(i))) i++;
        return tag(s, from, i);
    }

    /**
     * The attributes up to the tag's '>' (kept when {@code keep}, values decoded), as the
     * tokenizer reads them: 0 when the tag ends, 1 when it ends with "/>", -1 when the page
     * ends inside it.
     */
    private int attributes(boolean keep) {
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
            int keyEnd = i;
            while (i < n && space(at(i))) i++;
            int vf = i;
            int vt = i;
            if (i < n && at(i) == '=') {
                i++;
                while (i < n && space(at(i))) i++;
                if (i >= n) return -1;
                char q = at(i);
                if (q == '"' || q == '\'') {
                    int end = indexOf(q, i + 1);
                    if (end < 0) return -1;
                    vf = i + 1;
                    vt = end;
                    i = end + 1;
                } else if (q != '>') {
                    vf = i;
                    while (i < n && !space(at(i)) && at(i) != '>') i++;
                    vt = i;
                } else {
                    vf = vt = i;
                }
            } else {
                vf = vt = i;
            }
            if (keep) keep(from, keyEnd, vf, vt);
        }
        return -1;
    }

    /** Keeps an attribute the verifier judges, unless one of its name came first. */
    private void keep(int from, int to, int vf, int vt) {
        String key = judged(s, from, to);
        if (key == null) return;
        for (int k = 0; k < kept; k++) if (keys[k].equals(key)) return;
        if (kept == keys.length) {
            keys = java.util.Arrays.copyOf(keys, 2 * kept);
            values = java.util.Arrays.copyOf(values, 2 * kept);
        }
        keys[kept] = key;
        boolean plainClass = key.equals("class") && indexOf('&', vf, vt) < 0 && !contains(PageFacts.SLOT_CLASS, vf, vt);
        values[kept++] = plainClass ? null : value(vf, vt);
    }

    private String value(int from, int to) {
        String v = text(from, to);
        return v.indexOf('&') >= 0 ? Parser.unescapeEntities(v, true) : v;
    }

    private boolean start(Tag tag, boolean selfClosing) {
        if (!open.start(tag, selfClosing)) return false;
        String name = tag.name();
        boolean closes = false;
        if (tag.raw()) {
            int end = rawEnd(name);
            if (end < 0) return false;
            if (name.equals("script")) {
                if (contains("<!--", i, end)) return false;
                closes = contains("</", i, end);
            } else if (name.equals("title")) {
                String text = text(i, end);
                if (text.indexOf('&') >= 0) text = Parser.unescapeEntities(text, false);
                title = StringUtil.normaliseWhitespace(text).trim();
            }
            i = end + 2 + name.length();
            if (attributes(false) < 0) return false;
        }
        if (tag.judged()) {
            String type = null;
            boolean src = false;
            for (int k = 0; k < kept; k++) {
                if (keys[k].equals("type")) type = values[k];
                if (keys[k].equals("src")) src = true;
            }
            facts.element(name, type, src, closes);
        }
        for (int k = 0; k < kept; k++) if (values[k] != null) facts.attribute(name, keys[k], values[k]);
        return true;
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
        return indexOf(c, from, n);
    }

    private int indexOf(char c, int from, int to) {
        for (int k = from; k < to; k++) if (s[k] == c) return k;
        return -1;
    }

    /** Whether the ASCII text {@code a} occurs within bytes {@code from} to {@code to}. */
    private boolean contains(String a, int from, int to) {
        for (int k = indexOf(a.charAt(0), from, to); k >= 0 && k + a.length() <= to; k = indexOf(a.charAt(0), k + 1, to)) {
            if (startsWith(a, k)) return true;
        }
        return false;
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > n) return false;
        for (int k = 0; k < ascii.length(); k++) if (s[at + k] != ascii.charAt(k)) return false;
        return true;
    }

    private String text(int from, int to) {
        return new String(s, from, to - from, StandardCharsets.UTF_8);
    }
}
