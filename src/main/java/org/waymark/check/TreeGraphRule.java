package org.waymark.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Question;
import org.waymark.model.Site;

/** A tree has no cycle and every node is reached from start, so every path ends at an outcome. */
final class TreeGraphRule implements Rule {
    private enum Mark { ACTIVE, DONE }

    @Override
    public void check(Site site, Consumer<Diagnostic> out) {
        for (DecisionTree tree : site.trees()) {
            if (!tree.nodes().containsKey(tree.start())) continue;
            Set<String> reached = new HashSet<>();
            Set<String> reportedCycles = new HashSet<>();
            walk(tree, tree.start(), new HashMap<>(), new ArrayList<>(), reached, reportedCycles, out);
            for (Node n : tree.nodes().values()) {
                if (!reached.contains(n.id())) {
                    out.accept(Diagnostic.of(tree.source(), n.at(), Code.UNREACHABLE_NODE, "node '" + n.id()
                            + "' cannot be reached from start '" + tree.start() + "'",
                            "point an option's 'next' at it, or remove it"));
                }
            }
        }
    }

    /** Depth-first, iterative in spirit but bounded by the tree's node count (YAML depth is capped). */
    private void walk(DecisionTree tree, String id, Map<String, Mark> marks, List<String> stack, Set<String> reached,
                      Set<String> reportedCycles, Consumer<Diagnostic> out) {
        Node node = tree.nodes().get(id);
        if (node == null) return;
        Mark m = marks.get(id);
        if (m == Mark.DONE) return;
        if (m == Mark.ACTIVE) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
            cycle.add(id);
            String key = canonical(cycle);
            if (reportedCycles.add(key)) {
                String from = stack.get(stack.size() - 1);
                Question q = (Question) tree.nodes().get(from);
                Option back = q.options().stream().filter(o -> o.next().equals(id)).findFirst().orElseThrow();
                out.accept(Diagnostic.of(tree.source(), back.nextAt(), Code.CYCLE, "cycle: "
                        + String.join(" -> ", cycle), "a decision tree must not loop back; point 'next' forward"));
            }
            return;
        }
        reached.add(id);
        marks.put(id, Mark.ACTIVE);
        stack.add(id);
        if (node instanceof Question q) {
            for (Option o : q.options()) {
                walk(tree, o.next(), marks, stack, reached, reportedCycles, out);
            }
        }
        stack.remove(stack.size() - 1);
        marks.put(id, Mark.DONE);
    }

    private static String canonical(List<String> cycle) {
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        int min = 0;
        for (int i = 1; i < ring.size(); i++) if (ring.get(i).compareTo(ring.get(min)) < 0) min = i;
        List<String> rotated = new ArrayList<>(ring.subList(min, ring.size()));
        rotated.addAll(ring.subList(0, min));
        return String.join(">", rotated);
    }
}
