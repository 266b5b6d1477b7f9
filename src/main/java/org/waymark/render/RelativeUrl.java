package org.waymark.render;

/** Relative links between output files, so the site works from disk and from any sub-path. */
public final class RelativeUrl {
    private RelativeUrl() {}

    /** The prefix that leads from {@code fromFile} back to the output root: "", "../", "../../". */
    public static String root(String fromFile) {
        int depth = 0;
        for (int i = 0; i < fromFile.length(); i++) if (fromFile.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** The address of an output file as a reader sees it: "guides/index.html" -> "guides/". */
    public static String withoutIndex(String outputFile) {
        return outputFile.endsWith("index.html") ? outputFile.substring(0, outputFile.length() - "index.html".length())
                : outputFile;
    }

    /** A link from one output file to another (both relative to the output root). */
    public static String between(String fromFile, String toFile) {
        String fromFolder = fromFile.substring(0, fromFile.lastIndexOf('/') + 1);
        int common = 0;
        int i = 0;
        while (i < fromFolder.length() && i < toFile.length() && fromFolder.charAt(i) == toFile.charAt(i)) {
            if (fromFolder.charAt(i) == '/') common = i + 1;
            i++;
        }
        String up = root(fromFolder.substring(common));
        String rest = toFile.substring(common);
        String link = up + rest;
        return link.isEmpty() ? "index.html" : link;
    }
}
