package org.waymark.mkdocs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.markdown.HeadingAnchor;

/**
 * attr_list's attribute lists in a page ({@code { width="300" }}, {@code {: .class }}): Waymark
 * reads one only as a heading's id, and shows any other as text where it stands. Found line by
 * line outside fenced code; one leftover a page, at the first, with how many there are.
 */
final class AttributeLists {
    private static final String ONE = "(?:[#.][\\w-]+|[\\w:-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+))";
    private static final Pattern LIST = Pattern.compile("\\{:?[ \\t]*" + ONE + "(?:[ \\t]+" + ONE + ")*[ \\t]*\\}");
    /** A heading ending in an id alone, which Waymark reads (markdown/HeadingAnchor). */
    private static final Pattern HEADING_ID = Pattern.compile("^ {0,3}#{1,6}[ \\t].*\\{:?[ \\t]*#"
            + HeadingAnchor.ID_PATTERN + "[ \\t]*\\}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})");

    private AttributeLists() {}

    /** The leftover for the page at {@code where} (its path as the summary shows it), if it has any. */
    static Optional<Leftover> in(String where, String text) {
        String fence = null;
        int count = 0;
        String first = null;
        int firstLine = 0;
        int firstColumn = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) fence = marker;
                else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) fence = null;
                continue;
            }
            if (fence != null) continue;
            boolean headingId = HEADING_ID.matcher(line).matches();
            Matcher m = LIST.matcher(line);
            while (m.find()) {
                if (headingId && line.substring(m.end()).isBlank()) continue;
                if (count++ == 0) {
                    first = m.group();
                    firstLine = i + 1;
                    firstColumn = line.codePointCount(0, m.start()) + 1;
                }
            }
        }
        if (count == 0) return Optional.empty();
        return Optional.of(new Leftover(where + ":" + firstLine + ":" + firstColumn,
                (count == 1 ? "an attribute list, '" : count + " attribute lists, the first '") + first + "'",
                "Waymark reads one only as a heading's id ({ #id }); any other shows as text where it stands: "
                        + "take it out, or style the theme in templates/ (see the README's theme section)"));
    }
}
