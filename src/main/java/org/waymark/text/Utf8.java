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
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
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
        }
        return out;
    }

    private static int size(char[] chars, int length) {
        int n = length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) continue;
            if (c < 0x800) {
                n += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                n += 2;  // four bytes for two chars
                i++;
            } else if (!Character.isSurrogate(c)) {
                n += 2;
            }
        }
        return n;
    }
}
