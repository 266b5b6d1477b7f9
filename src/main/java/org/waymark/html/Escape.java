package org.waymark.html;

/**
 * The one escaper for text that code (not a template) writes into HTML or XML. Templates
 * escape through FreeMarker's output formats; everything else goes through here, so each
 * place a string lands is escaped the same way.
 */
public final class Escape {
    private Escape() {}

    /** For HTML text content: {@code & < >}. */
    public static String text(String s) {
        return escape(s, false, false);
    }

    /**
     * For an HTML attribute value in double or single quotes: {@code & < > " '}, the same set
     * FreeMarker's HTML output format escapes, so code and templates write alike.
     */
    public static String attribute(String s) {
        return escape(s, true, false);
    }

    /**
     * For XML 1.0 text or attribute values (SVG, sitemap.xml): as {@link #attribute}, and the
     * characters XML 1.0 does not allow at all (control characters other than tab, line feed
     * and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped.
     */
    public static String xml(String s) {
        return escape(s, true, true);
    }

    private static String escape(String s, boolean quotes, boolean xml) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quotes ? "&quot;" : null;
                case '\'' -> quotes ? "&#39;" : null;
                default -> xml && !allowedInXml(s, i) ? "" : null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /** Whether the char at {@code i} may stand in an XML 1.0 document (a surrogate only as part of a pair). */
    private static boolean allowedInXml(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}
