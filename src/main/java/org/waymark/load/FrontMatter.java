package org.waymark.load;

/**
 * A page's YAML front matter, split from its Markdown body by hand rather than by flexmark's
 * extension, which treats unterminated front matter as empty: none, closed, or never closed.
 */
public sealed interface FrontMatter permits FrontMatter.None, FrontMatter.Closed, FrontMatter.Unclosed {

    /** The page starts with its body. */
    record None() implements FrontMatter {}

    /**
     * @param yaml      the text between the '---' lines
     * @param yamlLine  the 0-based line on which the YAML text starts
     * @param bodyStart the character offset at which the Markdown body starts
     */
    record Closed(String yaml, int yamlLine, int bodyStart) implements FrontMatter {}

    /** An opening '---' line with no closing one. */
    record Unclosed() implements FrontMatter {}

    /** The keys a page's front matter may have. */
    public static java.util.Set<String> pageKeys() {
        return PageLoader.KEYS;
    }

    /** {@code text} with LF line ends and no byte-order mark. */
    public static FrontMatter split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) return new None();
        int firstEnd = text.indexOf('\n');
        int lineStart = firstEnd + 1;
        while (lineStart <= text.length() && firstEnd >= 0) {
            int end = text.indexOf('\n', lineStart);
            String l = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new Closed(text.substring(firstEnd + 1, lineStart), 1, end < 0 ? text.length() : end + 1);
            }
            if (end < 0) break;
            lineStart = end + 1;
        }
        return new Unclosed();
    }
}
