package org.waymark.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.waymark.text.Utf8;

/**
 * One index file's bytes, written straight as UTF-8: the call {@code Waymark.searchData(name,
 * value)} with the value as JSON escaped as {@link org.waymark.html.ScriptJson} escapes it
 * ({@code < > & '}, U+2028, U+2029 and control characters as {@code \\uXXXX} or their short
 * escapes), byte for byte (SearchJsonTest compares the two). Ten thousand files of plain lists
 * and strings go through no object mapper and no intermediate strings.
 */
final class SearchJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 as it is, 'u' as {@code \\u00XX}, else the letter of its short escape. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 32; c++) ESCAPE[c] = 'u';
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        for (char c : new char[] {'<', '>', '&', '\''}) ESCAPE[c] = 'u';
    }

    private byte[] out;
    private int n;

    SearchJson(int capacity) {
        out = new byte[Math.max(64, capacity)];
    }

    /** A file: the call's opening, up to the value. */
    static SearchJson file(String name, int capacity) {
        SearchJson j = new SearchJson(capacity + name.length() + 80);
        j.raw("window.Waymark&&Waymark.searchData&&Waymark.searchData(").string(name).raw(",");
        return j;
    }

    /** The call's end, after the value; the file's bytes. */
    byte[] end() {
        raw(");\n");
        return Arrays.copyOf(out, n);
    }

    /** How many bytes are written so far. */
    int length() {
        return n;
    }

    /** A copy of the bytes written from {@code from} to {@code to}: one value, kept to be written again ({@link #bytes}). */
    byte[] range(int from, int to) {
        return Arrays.copyOfRange(out, from, to);
    }

    /** Bytes as they are: a value {@link #range} kept. */
    SearchJson bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, out, n, b.length);
        n += b.length;
        return this;
    }

    /** ASCII as it is: punctuation, keys, numbers. */
    SearchJson raw(String ascii) {
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) out[n++] = (byte) ascii.charAt(i);
        return this;
    }

    SearchJson number(int value) {
        return raw(Integer.toString(value));
    }

    SearchJson string(String s) {
        if (s == null) return raw("null");
        char[] chars = s.toCharArray();
        return string(chars, 0, chars.length);
    }

    /** {@code s[from, to)} as a JSON string. */
    SearchJson string(char[] s, int from, int to) {
        return string(s, from, to, false);
    }

    /** {@code s[from, to)} and "…" as a JSON string: a text cut short, with no copy made to add the mark. */
    SearchJson cutString(char[] s, int from, int to) {
        return string(s, from, to, true);
    }

    private SearchJson string(char[] s, int from, int to, boolean ellipsis) {
        room(6 * (to - from) + 5);
        byte[] o = out;
        int k = n;
        o[k++] = '"';
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 128) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    o[k++] = (byte) c;
                } else {
                    o[k++] = '\\';
                    if (e != 'u') {
                        o[k++] = e;
                    } else {
                        o[k++] = 'u';
                        o[k++] = '0';
                        o[k++] = '0';
                        o[k++] = HEX[c >> 4];
                        o[k++] = HEX[c & 15];
                    }
                }
            } else if (c == 0x2028 || c == 0x2029) {
                o[k++] = '\\';
                o[k++] = 'u';
                o[k++] = '2';
                o[k++] = '0';
                o[k++] = '2';
                o[k++] = (byte) (c == 0x2028 ? '8' : '9');
            } else {
                k = Utf8.put(s, i, to, o, k);
                if (Utf8.pairAt(s, i, to)) i++;
            }
        }
        if (ellipsis) { // U+2026 in UTF-8
            o[k++] = (byte) 0xe2;
            o[k++] = (byte) 0x80;
            o[k++] = (byte) 0xa6;
        }
        o[k++] = '"';
        n = k;
        return this;
    }

    private void room(int more) {
        if (n + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + more));
    }
}
