package org.waymark.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text is cut into the words search looks up: runs of letters, digits and combining marks,
 * in lower case, with the accents of Latin letters dropped ("Café" is "cafe"). The search script
 * (assets/search.js) cuts a reader's query the same way; the two must agree. Words joined by
 * hyphens are also taken whole, without them ("fine-tune" gives "fine", "tune" and "finetune"),
 * so a reader who types the compound as one word finds it too.
 */
final class SearchWords {
    /** Longer runs (hashes, encoded data) are not words anyone types. */
    static final int MAX_LENGTH = 40;
    private static final Pattern LATIN_ACCENTS = Pattern.compile("[\\u0300-\\u036f]");

    /**
     * Receives each word of a text, in order, as the first {@code len} characters of {@code buf},
     * with its {@link #hash}: worked out as the word is read, so no second pass over it.
     */
    interface Sink {
        void word(char[] buf, int len, int hash);
    }

    private SearchWords() {}

    static void split(String text, Sink sink) {
        char[] chars = text.toCharArray();
        split(chars, 0, chars.length, sink);
    }

    /** The words of {@code chars[from, to)}. */
    static void split(char[] chars, int from, int to, Sink sink) {
        char[] buf = new char[MAX_LENGTH + 2];
        int len = 0;
        int h = 0;
        boolean plain = true;
        // Where the words joined by hyphens that end here began, and how many hyphens joined them.
        int compound = -1;
        int hyphens = 0;
        // An array, char by char, ASCII by a table: what the client compiler the build runs with makes quick.
        int n = to;
        for (int i = from; i < n; ) {
            char c = chars[i];
            if (c < 128) {
                char m = ASCII[c];
                if (m != 0) {
                    if (len == 0 && hyphens == 0) compound = i;
                    if (len <= MAX_LENGTH) {
                        buf[len++] = m;
                        h = 31 * h + m;
                    } else {
                        len = MAX_LENGTH + 2; // too long: dropped when it ends
                    }
                } else if (len > 0) {
                    emit(buf, len, h, plain, sink);
                    len = 0;
                    h = 0;
                    plain = true;
                    if (c == '-' && i + 1 < n && startsWord(chars, i + 1, n)) {
                        hyphens++;
                    } else {
                        if (hyphens > 0) joined(chars, compound, i, sink);
                        hyphens = 0;
                    }
                } else if (hyphens > 0) {
                    joined(chars, compound, i, sink);
                    hyphens = 0;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i, n);
            int width = Character.charCount(cp);
            if (isWordPart(cp)) {
                if (len == 0 && hyphens == 0) compound = i;
                if (len + width <= MAX_LENGTH + 1) {
                    len += Character.toChars(cp, buf, len);
                    plain = false;
                } else {
                    len = MAX_LENGTH + 2;
                }
            } else {
                if (len > 0) {
                    emit(buf, len, h, plain, sink);
                    len = 0;
                    h = 0;
                    plain = true;
                }
                if (hyphens > 0) joined(chars, compound, i, sink);
                hyphens = 0;
            }
            i += width;
        }
        if (len > 0) emit(buf, len, h, plain, sink);
        if (hyphens > 0) joined(chars, compound, n, sink);
    }

    private static boolean startsWord(char[] chars, int i, int n) {
        char c = chars[i];
        return c < 128 ? ASCII[c] != 0 : isWordPart(Character.codePointAt(chars, i, n));
    }

    /** The words of {@code chars[from, to)}, joined by hyphens, as one word without them. */
    private static void joined(char[] chars, int from, int to, Sink sink) {
        StringBuilder w = new StringBuilder(to - from);
        for (int i = from; i < to; i++) if (chars[i] != '-') w.append(chars[i]);
        char[] word = normal(w.toString()).toCharArray();
        if (word.length <= MAX_LENGTH) sink.word(word, word.length, hash(word, word.length));
    }

    /** Each ASCII character as it is in a word (letters in lower case, digits as they are), or 0 where it ends one. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII[c] = c;
        for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = (char) (c + 32);
        for (char c = '0'; c <= '9'; c++) ASCII[c] = c;
    }

    private static void emit(char[] buf, int len, int hash, boolean plain, Sink sink) {
        if (len > MAX_LENGTH) return;
        if (plain) {
            sink.word(buf, len, hash);
            return;
        }
        char[] w = normal(new String(buf, 0, len)).toCharArray();
        if (w.length > 0 && w.length <= MAX_LENGTH) sink.word(w, w.length, hash(w, w.length));
    }

    /** The hash of a word's characters, as {@link String#hashCode()} works it out. */
    static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = 31 * h + buf[i];
        return h;
    }

    /** A word as it is looked up: lower case, Latin accents dropped. */
    static String normal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return Normalizer.normalize(LATIN_ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
    }

    static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
