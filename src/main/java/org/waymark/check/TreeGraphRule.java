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
    @Override
    public void check(Site site, Consumer<Diagnostic> out) {
        for (DecisionTree tree : site.trees()) {
            if (!tree.nodes().containsKey(tree.start())) continue;
            Set<String> reached = new HashSet<>();
            Set<String> reportedCycles = new HashSet<>();
            walk(tree, tree.start(), reached, reportedCycles, out);
            for (Node n : tree.nodes().values()) {
                if (!reached.contains(n.id())) {
                    out.accept(Diagnostic.of(tree.source(), n.at(), Code.UNREACHABLE_NODE, "node '" + n.id()
                            + "' cannot be reached from start '" + tree.start() + "'",
                            "point an option's 'next' at it, or remove it"));
                }
            }
        }
    }

    /** Where the walk is in one node: which of its options to follow next. */
    private static final class Frame {
        final String id;
        final List<Option> options;
        int next;

        Frame(String id, List<Option> options) {
            this.id = id;
            this.options = options;
        }
    }

    /**
     * Depth-first with an explicit stack: a tree may be a chain as long as the file allows, and a
     * recursive walk overflowed the thread's stack at a few thousand nodes. {@code onStack} maps
     * each node on the current path to its place in {@code path}, so a back edge is a cycle.
     */
    private void walk(DecisionTree tree, String startId, Set<String> reached, Set<String> reportedCycles,
                      Consumer<Diagnostic> out) {
        Map<String, Integer> onStack = new HashMap<>();
        Set<String> done = new HashSet<>();
        List<String> path = new ArrayList<>();
        java.util.ArrayDeque<Frame> frames = new java.util.ArrayDeque<>();
        enter(tree, startId, reached, onStack, path, frames);
        while (!frames.isEmpty()) {
            Frame top = frames.peek();
            if (top.next == top.options.size()) {
                frames.pop();
                path.remove(path.size() - 1);
                onStack.remove(top.id);
                done.add(top.id);
                continue;
            }
            String id = top.options.get(top.next++).next();
            if (!tree.nodes().containsKey(id) || done.contains(id)) continue;
            Integer at = onStack.get(id);
            if (at != null) {
                reportCycle(tree, id, path.subList(at, path.size()), reportedCycles, out);
            } else {
                enter(tree, id, reached, onStack, path, frames);
            }
        }
    }

    private static void enter(DecisionTree tree, String id, Set<String> reached, Map<String, Integer> onStack,
                              List<String> path, java.util.ArrayDeque<Frame> frames) {
        Node node = tree.nodes().get(id);
        reached.add(id);
        onStack.put(id, path.size());
        path.add(id);
        frames.push(new Frame(id, node instanceof Question q ? q.options() : List.of()));
    }

    /** {@code ring} runs from {@code id} to the node whose option leads back to it. */
    private static void reportCycle(DecisionTree tree, String id, List<String> ring, Set<String> reportedCycles,
                                    Consumer<Diagnostic> out) {
        List<String> cycle = new ArrayList<>(ring);
        cycle.add(id);
        if (!reportedCycles.add(canonical(cycle))) return;
        Question q = (Question) tree.nodes().get(ring.get(ring.size() - 1));
        Option back = q.options().stream().filter(o -> o.next().equals(id)).findFirst().orElseThrow();
        out.accept(Diagnostic.of(tree.source(), back.nextAt(), Code.CYCLE, "cycle: "
                + String.join(" -> ", cycle), "a decision tree must not loop back; point 'next' forward"));
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
