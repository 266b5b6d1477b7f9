package org.waymark.mkdocs;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something of an MkDocs project that the import could not carry over: where it is
 * ({@code mkdocs.yml:12:3} or a file such as {@code docs/data.yml}), what it is, and why, with
 * what to do instead where there is something.
 */
public record Leftover(String where, String what, String why) {
    private static final Pattern LINE = Pattern.compile("(.*):(\\d+):(\\d+)");

    /** mkdocs.yml's lines first, top to bottom, then files and folders by path (a page's line and column next). */
    static final Comparator<Leftover> ORDER = Comparator.comparing((Leftover l) -> !inConfig(l))
            .thenComparing(l -> part(l, 1)).thenComparingInt(l -> number(l, 2)).thenComparingInt(l -> number(l, 3))
            .thenComparing(Leftover::where);

    private static boolean inConfig(Leftover l) {
        Matcher m = LINE.matcher(l.where);
        return m.matches() && (m.group(1).endsWith("mkdocs.yml") || m.group(1).endsWith("mkdocs.yaml"));
    }

    private static String part(Leftover l, int group) {
        Matcher m = LINE.matcher(l.where);
        return m.matches() ? m.group(group) : l.where;
    }

    private static int number(Leftover l, int group) {
        Matcher m = LINE.matcher(l.where);
        return m.matches() ? Integer.parseInt(m.group(group)) : 0;
    }

    @Override
    public String toString() {
        return where + ": " + what + ": " + why;
    }
}
