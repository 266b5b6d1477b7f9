package org.waymark.check;

import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.DecisionTree;
import org.waymark.model.Site;
import org.waymark.paths.PathList;
import org.waymark.paths.TreePath;
import org.waymark.paths.TreePaths;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * A tree with a {@code <tree>.paths.txt} beside it must still have exactly those paths: each
 * path that now ends elsewhere, disappeared or appeared is reported at the list file.
 */
final class PathsRule implements Rule {
    /** More than this many differences in one file are summed up rather than listed. */
    static final int LISTED = 20;
    static final String HINT = "if the tree change is intended, run 'waymark paths --write' and review the diff";

    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        for (DecisionTree tree : site.trees()) {
            Source list = site.pathLists().get(PathList.beside(tree.path()));
            if (list == null) continue;
            java.util.List<PathList.Entry> written = PathList.parse(list);
            java.util.List<TreePath> actual = TreePaths.of(tree).paths();
            PathList.Difference diff = PathList.compare(written, actual);
            if (diff.isEmpty()) continue;
            int shown = 0;
            for (PathList.Entry e : diff.movedFrom()) {
                if (shown++ >= LISTED) break;
                out.accept(Diagnostic.of(list, e.at(), Code.PATHS_CHANGED, "this path of " + tree.path()
                        + " now ends at '" + diff.movedTo().get(e.answers()) + "', not '" + e.outcome() + "'", HINT));
            }
            for (PathList.Entry e : diff.removed()) {
                if (shown++ >= LISTED) break;
                out.accept(Diagnostic.of(list, e.at(), Code.PATHS_CHANGED, "this path is no longer in "
                        + tree.path(), HINT));
            }
            for (TreePath p : diff.added()) {
                if (shown++ >= LISTED) break;
                out.accept(Diagnostic.of(list, whereAdded(p, actual, written), Code.PATHS_CHANGED, "a new path of " + tree.path()
                        + " is not in this list: " + p.line(), HINT));
            }
            if (diff.size() > LISTED) {
                out.accept(Diagnostic.of(list, Position.START, Code.PATHS_CHANGED, (diff.size() - LISTED)
                        + " more paths differ from " + tree.path() + " (" + diff.movedFrom().size()
                        + " now end elsewhere, " + diff.added().size() + " added, " + diff.removed().size()
                        + " removed)", HINT));
            }
        }
    }

    /** Where the new path would go: at the listed path that follows it in the tree, else after the last. */
    static Position whereAdded(TreePath added, java.util.List<TreePath> actual, java.util.List<PathList.Entry> written) {
        java.util.Map<String, Position> lines = new java.util.HashMap<>();
        for (PathList.Entry e : written) lines.putIfAbsent(e.answers(), e.at());
        for (int i = actual.indexOf(added) + 1; i < actual.size(); i++) {
            Position p = lines.get(actual.get(i).answersText());
            if (p != null) return p;
        }
        return written.isEmpty() ? Position.START : written.get(written.size() - 1).at();
    }
}
