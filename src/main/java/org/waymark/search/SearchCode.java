package org.waymark.search;

/**
 * Numbers as the search script reads them: base-64 varints, five bits to a character, the
 * sixth bit set on every character but a number's last. The alphabet needs no escaping in a
 * JavaScript string, so index files stay small and quick to read.
 */
final class SearchCode {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final byte[] DIGIT = DIGITS.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The most characters one posting takes: three numbers of up to seven characters. */
    static final int POSTING_MAX = 21;

    private SearchCode() {}

    /** Writes {@code value} at {@code out[k]}; returns where the next character goes. */
    static int number(byte[] out, int k, int value) {
        int v = value;
        while (v >= 32) {
            out[k++] = DIGIT[32 | (v & 31)];
            v >>>= 5;
        }
        out[k++] = DIGIT[v];
        return k;
    }

    /** One posting at {@code out[k]} (room for {@link #POSTING_MAX}): the gap from the previous document, the score, the part. */
    static int posting(byte[] out, int k, int gap, int score, int part) {
        return number(out, number(out, number(out, k, gap), score), part);
    }
}
