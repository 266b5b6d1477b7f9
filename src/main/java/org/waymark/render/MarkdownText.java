package org.waymark.render;

/** Escaping for text written into Markdown exports, so content reads as text, never as markup. */
public final class MarkdownText {
    private MarkdownText() {}

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_{}[]()<>#+!|~".indexOf(c) >= 0) b.append('\\');
            if (c == '&') {
                b.append("&amp;");
                continue;
            }
            b.append(c);
        }
        String s = b.toString();
        // A leading "1." or "-" would start a list.
        if (s.matches("^\\d+\\..*")) s = s.replaceFirst("\\.", "\\\\.");
        if (s.startsWith("-")) s = "\\" + s;
        return s;
    }
}
