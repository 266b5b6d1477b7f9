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

    /**
     * A folder's index page: {@code index.md}, or {@code README.md} in any letter case, as GitHub,
     * GitLab and MkDocs read it. Its page is the folder's section page.
     */
    public boolean isIndex() {
        // read in place, without making the file name: a build asks this of every path many times
        int name = value.lastIndexOf('/') + 1;
        int length = value.length() - name;
        return length == 8 && value.startsWith("index.md", name)
                || length == 9 && value.regionMatches(true, name, "readme.md", 0, 9);
    }

    public boolean isMarkdown() {
        return value.endsWith(".md");
    }

    public boolean isYaml() {
        return value.endsWith(".yaml") || value.endsWith(".yml");
    }

    /**
     * {@code a/b.md -> a/b/index.html}, {@code a/index.md -> a/index.html} (and so
     * {@code a/README.md}), {@code index.md -> index.html}; the same for trees and checklists.
     */
    public String outputFile() {
        if (!isMarkdown() && !isYaml()) return value;
        // Cut from the path in place (the stem and folder made as strings of their own were most
        // of this method's cost, and every stage asks it of every document).
        int name = value.lastIndexOf('/') + 1;
        int dot = value.lastIndexOf('.');
        boolean index = isIndex() || dot - name == 5 && value.startsWith("index", name);
        return index ? value.substring(0, name).concat("index.html") : value.substring(0, dot).concat("/index.html");
    }

    /**
     * Where a tree's or checklist's embed page lands (a contract, like {@link #outputFile}):
     * {@code decisions/pick.yaml -> embed/decisions/pick/index.html}.
     */
    public String embedFile() {
        String name = value.endsWith(".yaml") ? value.substring(0, value.length() - 5)
                : value.endsWith(".yml") ? value.substring(0, value.length() - 4) : value;
        return "embed/" + name + "/index.html";
    }

    /** "ml/fine-tuning/" -> "Fine tuning": the folder's own name, made readable. */
    public static String folderTitle(String folder) {
        String name = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        name = name.substring(name.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // Written out: a record's own equals and hashCode go through method handles, which the client
    // compiler runs slowly, and the model's maps look up a path for every link of every page.
    @Override
    public boolean equals(Object o) {
        return o instanceof ContentPath p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
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
