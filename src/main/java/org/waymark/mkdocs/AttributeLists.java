package org.waymark.mkdocs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.markdown.HeadingAnchor;

/**
 * attr_list's attribute lists in a page ({@code { width="300" }}, {@code {: .class }}). Waymark
 * reads one only as a heading's id ({@code {#id}}): the import cuts a heading's list down to that
 * ({@link #cutHeadings}), and names any other list, which Waymark shows as text where it stands
 * ({@link #in}). Lines are read outside front matter and fenced code.
 */
final class AttributeLists {
    private static final String VALUE = "(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+)";
    private static final String ONE = "(?:[#.][\\w-]+|[\\w:-]+=" + VALUE + ")";
    private static final Pattern LIST = Pattern.compile("\\{:?[ \\t]*" + ONE + "(?:[ \\t]+" + ONE + ")*[ \\t]*\\}");
    /** An ATX heading whose text ends in an attribute list: group 1 the heading before it, group 2 its attributes. */
    private static final Pattern HEADING_LIST = Pattern.compile("^( {0,3}#{1,6}[ \\t].*?)[ \\t]*\\{:?[ \\t]*(" + ONE
            + "(?:[ \\t]+" + ONE + ")*)[ \\t]*\\}[ \\t]*$");
    /** A heading ending in an id alone, which Waymark reads as it is (markdown/HeadingAnchor). */
    private static final Pattern ID_ALONE = Pattern.compile("#" + HeadingAnchor.ID_PATTERN);
    private static final Pattern ID = Pattern.compile("#(" + HeadingAnchor.ID_PATTERN + ")|id=[\"']?("
            + HeadingAnchor.ID_PATTERN + ")[\"']?");
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})");

    private AttributeLists() {}

    /** A page's text with its headings' attribute lists cut to their ids; {@code dropped} names what went, at the first. */
    record Cut(String text, int headings, Optional<Leftover> dropped) {}

    /**
     * Each heading's attribute list becomes {@code {#id}} (from {@code #id} or {@code id="id"}),
     * or goes when it names no id: the heading keeps the address MkDocs gave it and shows no
     * braces. What else the lists held (classes, {@code data-toc-label}, …) has no meaning in
     * Waymark and is named, with how many headings lost something.
     */
    static Cut cutHeadings(String where, String text) {
        String[] lines = text.split("\n", -1);
        boolean[] prose = prose(lines);
        int cut = 0;
        String first = null;
        int firstLine = 0;
        int firstColumn = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!prose[i]) continue;
            String line = lines[i];
            String eol = line.endsWith("\r") ? "\r" : "";
            Matcher h = HEADING_LIST.matcher(line.substring(0, line.length() - eol.length()));
            if (!h.matches() || ID_ALONE.matcher(h.group(2)).matches()) continue;
            Matcher id = ID.matcher(h.group(2));
            String kept = "";
            while (id.find()) {
                if (kept.isEmpty()) kept = " {#" + (id.group(1) != null ? id.group(1) : id.group(2)) + "}";
            }
            lines[i] = h.group(1) + kept + eol;
            if (cut++ == 0) {
                first = line.substring(h.end(1)).strip();
                firstLine = i + 1;
                firstColumn = line.codePointCount(0, h.end(1)) + 1;
            }
        }
        if (cut == 0) return new Cut(text, 0, Optional.empty());
        return new Cut(String.join("\n", lines), cut, Optional.of(new Leftover(where + ":" + firstLine + ":"
                + firstColumn, (cut == 1 ? "a heading's attribute list, '" : cut + " headings' attribute lists, the first '")
                + first + "'", "Waymark reads only a heading's id, so the import kept that ({#id}) and dropped the rest "
                + "(classes, data-toc-label, …); the contents list shows the heading's own text")));
    }

    /** The leftover for the page at {@code where} (its path as the summary shows it), if it has any. */
    static Optional<Leftover> in(String where, String text) {
        String[] lines = text.split("\n", -1);
        boolean[] prose = prose(lines);
        int count = 0;
        String first = null;
        int firstLine = 0;
        int firstColumn = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!prose[i]) continue;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher heading = HEADING_LIST.matcher(line);
            boolean headingId = heading.matches() && ID_ALONE.matcher(heading.group(2)).matches();
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

    /** Which lines are prose: not front matter (a first line {@code ---} to the next {@code ---} or {@code ...}), not fenced code. */
    private static boolean[] prose(String[] lines) {
        boolean[] prose = new boolean[lines.length];
        int i = 0;
        if (lines.length > 0 && lines[0].replace("\uFEFF", "").strip().equals("---")) {
            for (i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---") || l.equals("...")) break;
            }
            i++;
        }
        String fence = null;
        for (; i < lines.length; i++) {
            Matcher f = FENCE.matcher(lines[i]);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) fence = marker;
                else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) fence = null;
                continue;
            }
            prose[i] = fence == null;
        }
        return prose;
    }
}
