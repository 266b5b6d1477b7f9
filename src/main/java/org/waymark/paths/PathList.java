package org.waymark.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * A {@code <tree>.paths.txt} file: the tree's paths as last reviewed, one per line, so that a
 * change to the tree that sends readers somewhere new shows up in check and in code review.
 */
public final class PathList {
    public static final String SUFFIX = ".paths.txt";

    /** A path line as written in the file, with the line it is on. */
    public record Entry(String answers, String outcome, Position at) {}

    private PathList() {}

    /** {@code decisions/a.yaml -> decisions/a.paths.txt}. */
    public static ContentPath beside(ContentPath tree) {
        return new ContentPath(tree.folder() + tree.stem() + SUFFIX);
    }

    /** The file's text for a tree: a comment saying what it is, then one path per line. */
    public static String text(DecisionTree tree, TreePaths.Result result) {
        StringBuilder b = new StringBuilder();
        b.append("# Every path through ").append(tree.path()).append(", from start to outcome.\n");
        b.append("# Checked by 'waymark check' and 'waymark build'; refresh with 'waymark paths --write'.\n");
        for (TreePath p : result.paths()) b.append(p.line()).append('\n');
        if (result.truncated()) b.append("# stopped after ").append(TreePaths.LIMIT).append(" paths\n");
        return b.toString();
    }

    /** The path lines of a file; blank lines and {@code #} comments are skipped. */
    public static List<Entry> parse(Source source) {
        List<Entry> entries = new ArrayList<>();
        for (int line = 1; line <= source.lineStarts().length; line++) {
            String text = source.line(line);
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            int arrow = trimmed.lastIndexOf(" -> ");
            int column = text.indexOf(trimmed.charAt(0)) + 1;
            if (arrow < 0) {
                entries.add(new Entry(trimmed, "", new Position(line, column)));
            } else {
                entries.add(new Entry(trimmed.substring(0, arrow), trimmed.substring(arrow + 4).strip(),
                        new Position(line, column)));
            }
        }
        return entries;
    }

    /** How the tree's paths differ from the file's. */
    public record Difference(List<Entry> movedFrom, Map<String, String> movedTo, List<Entry> removed,
                             List<TreePath> added) {
        public boolean isEmpty() {
            return movedFrom.isEmpty() && removed.isEmpty() && added.isEmpty();
        }

        public int size() {
            return movedFrom.size() + removed.size() + added.size();
        }
    }

    /** Paths are matched by their answers; the outcome is what may have moved. */
    public static Difference compare(List<Entry> written, List<TreePath> actual) {
        Map<String, TreePath> now = new LinkedHashMap<>();
        for (TreePath p : actual) now.put(p.answersText(), p);
        Map<String, Entry> before = new LinkedHashMap<>();
        List<Entry> moved = new ArrayList<>();
        Map<String, String> movedTo = new LinkedHashMap<>();
        List<Entry> removed = new ArrayList<>();
        for (Entry e : written) {
            if (before.putIfAbsent(e.answers(), e) != null) continue;
            TreePath p = now.get(e.answers());
            if (p == null) {
                removed.add(e);
            } else if (!p.outcome().equals(e.outcome())) {
                moved.add(e);
                movedTo.put(e.answers(), p.outcome());
            }
        }
        List<TreePath> added = new ArrayList<>();
        for (TreePath p : actual) if (!before.containsKey(p.answersText())) added.add(p);
        return new Difference(moved, movedTo, removed, added);
    }
}
