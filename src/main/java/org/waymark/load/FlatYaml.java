package org.waymark.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.text.Source;

/**
 * Reads the flat YAML nearly every front matter is (one {@code key: value} per line, the value
 * quoted, plain or a one-line {@code [list]}) without SnakeYAML, whose scanner costs about a
 * tenth of a millisecond per page. It reads only what it is sure of and gives up (null) on
 * anything else, leaving that text to {@link YamlReader}: comments, escapes, empty values,
 * nesting, several lines to a value, tabs, line breaks other than LF, duplicate keys, and any
 * character YAML treats specially. Where it reads, its tree is the one YamlReader makes, positions
 * included; {@code FlatYamlTest} holds it to that against SnakeYAML.
 */
final class FlatYaml {
    private final Source source;
    private final String text;
    private final int textStart;

    private FlatYaml(Source source, String text, int textStart) {
        this.source = source;
        this.text = text;
        this.textStart = textStart;
    }

    /** The mapping {@code text} holds, which starts at offset {@code textStart} of {@code source}; null when unsure. */
    static YamlNode.Mapping read(Source source, String text, int textStart) {
        return text.length() > 16 * 1024 ? null : new FlatYaml(source, text, textStart).mapping();
    }

    private YamlNode.Mapping mapping() {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) eol = n;
            int colon = keyEnd(i, eol);
            if (colon < 0) {
                if (!blank(i, eol)) return null;
            } else {
                if (colon + 1 >= eol || text.charAt(colon + 1) != ' ') return null;
                int v = colon + 1;
                while (v < eol && text.charAt(v) == ' ') v++;
                int end = eol;
                while (end > v && text.charAt(end - 1) == ' ') end--;
                String key = text.substring(i, colon);
                if (v == end || !keys.add(key)) return null;
                YamlNode value = value(v, end);
                if (value == null) return null;
                entries.add(new YamlNode.Entry(new YamlNode.Scalar(key, pos(i), false, false, isNull(key), pos(colon)), value));
            }
            i = eol + 1;
        }
        return entries.isEmpty() ? null : new YamlNode.Mapping(List.copyOf(entries), entries.get(0).key().at());
    }

    /** Where the key starting at {@code i} ends (its colon), or -1 when the line starts no plain key. */
    private int keyEnd(int i, int eol) {
        if (i >= eol || !letter(text.charAt(i))) return -1;
        int k = i + 1;
        while (k < eol && (letter(text.charAt(k)) || digit(text.charAt(k)) || text.charAt(k) == '_' || text.charAt(k) == '-')) k++;
        return k < eol && text.charAt(k) == ':' ? k : -1;
    }

    private YamlNode value(int v, int end) {
        char c = text.charAt(v);
        if (c == '"' || c == '\'') return quoted(v, end);
        if (c == '[') return list(v, end);
        return plain(v, end, false);
    }

    /** A one-line quoted scalar spanning exactly [v, end): no escapes, no quote of its own kind inside. */
    private YamlNode.Scalar quoted(int v, int end) {
        char q = text.charAt(v);
        if (end - v < 2 || text.charAt(end - 1) != q) return null;
        for (int k = v + 1; k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == q || q == '"' && c == '\\' || !printable(c)) return null;
        }
        return new YamlNode.Scalar(text.substring(v + 1, end - 1), pos(v), false, true, false, pos(end));
    }

    /** A plain scalar spanning [v, end): starts with a letter or digit, and holds nothing that could end or comment it. */
    private YamlNode.Scalar plain(int v, int end, boolean inList) {
        char first = text.charAt(v);
        if (!(letter(first) || digit(first) || first >= 0xA0 && printable(first))) return null;
        for (int k = v + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '#' || !printable(c)) return null;
            if (inList && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'')) return null;
        }
        String value = text.substring(v, end);
        return new YamlNode.Scalar(value, pos(v), false, false, isNull(value), pos(end));
    }

    /** A one-line flow list spanning exactly [v, end) of plain or quoted items, none empty. */
    private YamlNode.Sequence list(int v, int end) {
        if (text.charAt(end - 1) != ']') return null;
        List<YamlNode> items = new ArrayList<>();
        int close = end - 1;
        if (!blank(v + 1, close)) {
            for (int k = v + 1; k <= close; ) {
                int comma = text.indexOf(',', k);
                int itemEnd = comma < 0 || comma > close ? close : comma;
                int s = k;
                while (s < itemEnd && text.charAt(s) == ' ') s++;
                int e = itemEnd;
                while (e > s && text.charAt(e - 1) == ' ') e--;
                if (s == e) return null;
                char c = text.charAt(s);
                YamlNode.Scalar item = c == '"' || c == '\'' ? quoted(s, e) : plain(s, e, true);
                if (item == null) return null;
                items.add(item);
                k = itemEnd + 1;
            }
        }
        return new YamlNode.Sequence(List.copyOf(items), pos(v));
    }

    private boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') return false;
        }
        return true;
    }

    private org.waymark.text.Position pos(int offset) {
        return source.positionAt(textStart + offset);
    }

    private static boolean isNull(String plain) {
        return plain.equals("~") || plain.equals("null") || plain.equals("Null") || plain.equals("NULL");
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Printable in YAML and read as itself: no control characters, tabs, YAML's other line breaks, BOM or surrogates. */
    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }
}
