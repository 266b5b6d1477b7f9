package org.waymark.text;

import java.util.Arrays;

/**
 * Chars to UTF-8 bytes straight from an array. A page went char array, then String (a copy
 * that scans for Latin-1), then bytes (another pass); this is the one pass. An unpaired
 * surrogate becomes '?', as {@link String#getBytes} makes it.
 */
public final class Utf8 {
    private Utf8() {}

    public static byte[] encode(char[] chars, int length) {
        // One pass into a buffer a little larger than the chars, grown when it runs out: counting
        // the bytes first was a second pass over every page. The copy to the exact size at the
        // end is one block move.
        byte[] out = new byte[length + (length >> 4) + 16];
        int o = 0;
        int i = 0;
        while (i < length) {
            // Up to here every char fits without a check: none takes more than three bytes, and a
            // surrogate pair that starts at the last one takes four (hence the one byte kept back).
            int safe = Math.min(length, i + (out.length - o - 1) / 3);
            if (safe <= i) {
                out = Arrays.copyOf(out, out.length + (out.length >> 1) + 16);
                continue;
            }
            for (; i < safe; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    out[o++] = (byte) c;
                } else {
                    o = put(chars, i, length, out, o);
                    if (pairAt(chars, i, length)) i++;  // four bytes for two chars
                }
            }
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    /**
     * Writes the UTF-8 of the char at {@code chars[i]} (not ASCII; with the next one when the two
     * are a surrogate pair, which {@link #pairAt} tells) into {@code out} at {@code o}, which has
     * room for four bytes; returns where the next byte goes.
     */
    public static int put(char[] chars, int i, int length, byte[] out, int o) {
        char c = chars[i];
        if (c < 0x800) {
            out[o++] = (byte) (0xC0 | c >> 6);
            out[o++] = (byte) (0x80 | c & 0x3F);
        } else if (pairAt(chars, i, length)) {
            int cp = Character.toCodePoint(c, chars[i + 1]);
            out[o++] = (byte) (0xF0 | cp >> 18);
            out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate(c)) {
            out[o++] = '?';
        } else {
            out[o++] = (byte) (0xE0 | c >> 12);
            out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | c & 0x3F);
        }
        return o;
    }

    /** Whether {@code chars[i]} and the char after it (within {@code length}) are a surrogate pair. */
    public static boolean pairAt(char[] chars, int i, int length) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1]);
    }
}
