package org.waymark.text;

import java.util.Locale;

/**
 * A text as GitHub turns a heading into its id: stripped, lower case, letters, digits, '-' and
 * '_' kept, each space a '-', all else dropped. Here, below the model, because a heading's id
 * is worked out from its text when asked rather than kept ({@code model/Heading}).
 */
public final class Slug {
    private Slug() {}

    public static String of(String text) {
        String ascii = ascii(text);
        return ascii != null ? ascii : general(text);
    }

    /** The slug of an all-ASCII text, a char at a time; null when the text has any other char. */
    private static String ascii(String text) {
        int from = 0;
        int to = text.length();
        for (int i = 0; i < to; i++) if (text.charAt(i) >= 0x80) return null;
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') out[n++] = (char) (c + 32);
            else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') out[n++] = c;
            else if (c == ' ') out[n++] = '-';
        }
        return new String(out, 0, n);
    }

    static String general(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.appendCodePoint(c);
            } else if (c == ' ') {
                b.append('-');
            }
        });
        return b.toString();
    }
}
