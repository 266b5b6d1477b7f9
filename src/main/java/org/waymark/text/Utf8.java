package org.waymark.text;

/**
 * Chars to UTF-8 bytes straight from an array. A page went char array, then String (a copy
 * that scans for Latin-1), then bytes (another pass); this is the one pass. An unpaired
 * surrogate becomes '?', as {@link String#getBytes} makes it.
 */
public final class Utf8 {
    private Utf8() {}

    public static byte[] encode(char[] chars, int length) {
        byte[] out = new byte[size(chars, length)];
        int o = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else {
                o = put(chars, i, length, out, o);
                if (pairAt(chars, i, length)) i++;
            }
        }
        return out;
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

    private static int size(char[] chars, int length) {
        int n = length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) continue;
            if (c < 0x800) {
                n += 1;
            } else if (pairAt(chars, i, length)) {
                n += 2;  // four bytes for two chars
                i++;
            } else if (!Character.isSurrogate(c)) {
                n += 2;
            }
        }
        return n;
    }
}
