package org.waymark.model;

/**
 * A file's path relative to content/, always with '/' separators ("guides/pipeline.md").
 * It decides where the file's page lands in the output (a contract, see the README).
 */
public record ContentPath(String value) implements Comparable<ContentPath> {

    public String fileName() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    /** The folder part with a trailing slash, or "" at the top. */
    public String folder() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash + 1);
    }

    public String stem() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public boolean isMarkdown() {
        return value.endsWith(".md");
    }

    public boolean isYaml() {
        return value.endsWith(".yaml") || value.endsWith(".yml");
    }

    /**
     * {@code a/b.md -> a/b/index.html}, {@code a/index.md -> a/index.html},
     * {@code index.md -> index.html}; the same for trees and checklists.
     */
    public String outputFile() {
        if (!isMarkdown() && !isYaml()) return value;
        return stem().equals("index") ? folder() + "index.html" : folder() + stem() + "/index.html";
    }

    @Override
    public int compareTo(ContentPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
