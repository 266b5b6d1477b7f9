package org.waymark.render;

import java.util.regex.Pattern;

/**
 * Escaping for content text written into Markdown (checklist exports, decision records), so it
 * reads as the text it is, never as markup. The one escaper: the scripts get their Markdown
 * pieces from the build already escaped (docs/client-data.md).
 */
public final class MarkdownText {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** At a line's start, "1." and "1)" begin an ordered list and "-" or "=" a list, a rule or a heading underline. */
    private static final Pattern LINE_START = Pattern.compile("^( ?\\d{1,9})([.)])|^( ?)([-=])");

    private MarkdownText() {}

    /** A piece of text on a line of its own: white space runs become one space, ends trimmed. */
    public static String escape(String text) {
        return inline(text.strip());
    }

    /**
     * A run of text inside a line: white space (line breaks included) becomes one space and is
     * kept at the ends, so runs join up as they did in the HTML they came from.
     */
    public static String inline(String text) {
        String flat = SPACE.matcher(text).replaceAll(" ");
        StringBuilder b = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_{}[]()<>#+!|~&".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        // A run that opens a line could start a block; one inside a line is only text, escaped alike.
        return LINE_START.matcher(b).replaceFirst("$1$3\\\\$2$4");
    }

    /** A link's address inside {@code (...)}: what would end it or break the line is percent-encoded. */
    public static String url(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c <= ' ') {
                b.append('%').append(String.format("%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
