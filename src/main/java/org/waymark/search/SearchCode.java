package org.waymark.search;

/**
 * Numbers as the search script reads them: base-64 varints, five bits to a character, the
 * sixth bit set on every character but a number's last. The alphabet needs no escaping in a
 * JavaScript string, so index files stay small and quick to read.
 */
final class SearchCode {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final char[] DIGIT = DIGITS.toCharArray();

    private SearchCode() {}

    static void number(StringBuilder out, int value) {
        int v = value;
        while (v >= 32) {
            out.append(DIGIT[32 | (v & 31)]);
            v >>>= 5;
        }
        out.append(DIGIT[v]);
    }

    /** One posting: the gap from the previous document, the score, the part. */
    static void posting(StringBuilder out, int gap, int score, int part) {
        number(out, gap);
        number(out, score);
        number(out, part);
    }
}
