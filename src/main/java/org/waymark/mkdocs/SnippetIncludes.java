package org.waymark.mkdocs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.snippets' includes in a page ({@code --8<-- "file.md"}): Waymark does not expand
 * them, so the page shows the line and lacks the text. One leftover a page, at the first, with
 * how many there are.
 */
final class SnippetIncludes {
    /** A line of its own: --8<-- and a quoted file, or the start or end of a block of files. */
    private static final Pattern LINE = Pattern.compile("^[ \\t]*-{1,}8<-{1,}[ \\t]*(\"[^\"\\n]*\"|'[^'\\n]*')?[ \\t]*$");

    private SnippetIncludes() {}

    static Optional<Leftover> in(String where, String text) {
        String[] lines = text.split("\n", -1);
        int count = 0;
        int first = 0;
        String file = "";
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) continue;
            if (count++ == 0) {
                first = i + 1;
                file = m.group(1) == null ? "" : " " + m.group(1);
            }
        }
        if (count == 0) return Optional.empty();
        return Optional.of(new Leftover(where + ":" + first + ":1",
                (count == 1 ? "a snippet include" : count + " snippet includes, the first") + file,
                "pymdownx.snippets is not run: the page shows the --8<-- line instead of the text; copy the text into the page"));
    }
}
