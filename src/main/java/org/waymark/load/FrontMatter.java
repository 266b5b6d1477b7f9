package org.waymark.load;

/**
 * Splits a page into its YAML front matter and Markdown body. Done by hand rather than by
 * flexmark's extension, which treats unterminated front matter as empty.
 *
 * @param yaml      the text between the '---' lines, or null when the page has none
 * @param yamlLine  the 0-based line on which the YAML text starts
 * @param bodyStart the character offset at which the Markdown body starts
 */
record FrontMatter(String yaml, int yamlLine, int bodyStart, boolean unterminated) {

    static FrontMatter split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
            return new FrontMatter(null, 0, 0, false);
        }
        int firstEnd = text.indexOf('\n');
        int lineStart = firstEnd + 1;
        int line = 1;
        while (lineStart <= text.length() && firstEnd >= 0) {
            int end = text.indexOf('\n', lineStart);
            String l = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new FrontMatter(text.substring(firstEnd + 1, lineStart), 1,
                        end < 0 ? text.length() : end + 1, false);
            }
            if (end < 0) break;
            lineStart = end + 1;
            line++;
        }
        return new FrontMatter(null, 1, text.length(), true);
    }
}
