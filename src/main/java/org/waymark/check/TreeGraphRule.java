package org.waymark.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Suggestion;
import org.waymark.link.LinkResolver;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Question;
import org.waymark.model.Site;

/** A tree has no cycle and every node is reached from start, so every path ends at an outcome. */
final class TreeGraphRule implements Rule {
    private enum Mark { ACTIVE, DONE }

    /** A question being walked, and the index of its next option to follow. */
    private static final class Frame {
        final String id;
        final List<Option> options;
        int next;

        Frame(String id, List<Option> options) {
            this.id = id;
            this.options = options;
        }
    }

    /** The nodes that the 'did you mean' of each dangling {@code next} names. */
    private static Set<String> meantByDanglingNext(DecisionTree tree) {
        Set<String> meant = new java.util.HashSet<>();
        for (Node n : tree.nodes().values()) {
            if (n instanceof org.waymark.model.Question q) {
                for (org.waymark.model.Option o : q.options()) {
                    if (!tree.nodes().containsKey(o.next())) {
                        Suggestion.closest(o.next(), tree.nodes().keySet()).ifPresent(meant::add);
                    }
                }
            }
        }
        return meant;
    }

    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        for (DecisionTree tree : site.trees()) {
            if (!tree.nodes().containsKey(tree.start())) continue;
            Set<String> reached = walk(tree, out);
            Set<String> meant = meantByDanglingNext(tree);
            for (Node n : tree.nodes().values()) {
                // A node that a mistyped 'next' was meant to reach is reported there, not twice.
                if (!reached.contains(n.id()) && !meant.contains(n.id())) {
                    out.accept(Diagnostic.of(tree.source(), n.at(), Code.UNREACHABLE_NODE, "node '" + n.id()
                            + "' cannot be reached from start '" + tree.start() + "'",
                            "point an option's 'next' at it, or remove it"));
                }
            }
        }
    }

    /**
     * Depth-first from start with an explicit stack (a long chain of questions must not overflow
     * the thread's stack); an option leading back to a node still on the stack closes a cycle.
     * Returns the nodes reached.
     */
    private static Set<String> walk(DecisionTree tree, Consumer<Diagnostic> out) {
        Map<String, Mark> marks = new HashMap<>();
        Set<String> reportedCycles = new HashSet<>();
        List<String> path = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        enter(tree, tree.start(), marks, path, stack);
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next == top.options.size()) {
                stack.pop();
                path.remove(path.size() - 1);
                marks.put(top.id, Mark.DONE);
                continue;
            }
            Option o = top.options.get(top.next++);
            Mark m = marks.get(o.next());
            if (m == Mark.ACTIVE) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(o.next()), path.size()));
                cycle.add(o.next());
                if (reportedCycles.add(canonical(cycle))) {
                    out.accept(Diagnostic.of(tree.source(), o.nextAt(), Code.CYCLE, "cycle: " + shown(cycle), "a decision tree must not loop back; point 'next' forward"));
                }
            } else if (m == null && tree.nodes().containsKey(o.next())) {
                enter(tree, o.next(), marks, path, stack);
            }
        }
        return marks.keySet();
    }

    private static void enter(DecisionTree tree, String id, Map<String, Mark> marks, List<String> path,
                              Deque<Frame> stack) {
        Node node = tree.nodes().get(id);
        if (node instanceof Question q) {
            marks.put(id, Mark.ACTIVE);
            path.add(id);
            stack.push(new Frame(id, q.options()));
        } else {
            marks.put(id, Mark.DONE);
        }
    }

    /** A long cycle is printed by its first and last steps, so the message stays one readable line. */
    static String shown(List<String> cycle) {
        if (cycle.size() <= 12) return String.join(" -> ", cycle);
        return String.join(" -> ", cycle.subList(0, 5)) + " -> … (" + (cycle.size() - 10) + " more) -> "
                + String.join(" -> ", cycle.subList(cycle.size() - 5, cycle.size()));
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
