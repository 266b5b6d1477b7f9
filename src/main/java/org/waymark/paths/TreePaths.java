package org.waymark.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * Every start-to-outcome path of a tree, in the written order of the options. Iterative, so a
 * deep tree cannot overflow the stack. A tree with a cycle has no path list (check reports the
 * cycle); walks into missing nodes are dropped; and the output is capped, because a tree whose
 * branches merge again and again has exponentially many paths.
 */
public final class TreePaths {
    public static final int LIMIT = 20_000;
    /** The most answers written out over all paths together. */
    static final int ANSWER_BUDGET = 1_000_000;

    /** The paths, and whether the list stopped at a limit. */
    public record Result(List<TreePath> paths, boolean truncated) {}

    /** One step of a walk, pointing back at the step before it so a path costs one object per step. */
    private record Step(String node, Step before, String label) {
        int length() {
            int n = 0;
            for (Step s = before; s != null; s = s.before) n++;
            return n;
        }
    }

    private TreePaths() {}

    public static Result of(DecisionTree tree) {
        if (!tree.nodes().containsKey(tree.start()) || hasCycle(tree)) return new Result(List.of(), false);
        List<TreePath> paths = new ArrayList<>();
        long answers = 0;
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(new Step(tree.start(), null, null));
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            Node node = tree.nodes().get(step.node());
            if (node instanceof Outcome o) {
                answers += step.length();
                if (paths.size() >= LIMIT || answers > ANSWER_BUDGET) return new Result(List.copyOf(paths), true);
                paths.add(new TreePath(answersOf(step), o.id()));
            } else if (node instanceof Question q) {
                // pushed in reverse so that the first option is walked first
                for (int i = q.options().size() - 1; i >= 0; i--) {
                    Option opt = q.options().get(i);
                    todo.push(new Step(opt.next(), step, opt.label()));
                }
            }
        }
        return new Result(List.copyOf(paths), false);
    }

    private static List<TreePath.Answer> answersOf(Step end) {
        List<TreePath.Answer> answers = new ArrayList<>();
        for (Step s = end; s.before() != null; s = s.before()) {
            answers.add(new TreePath.Answer(s.before().node(), s.label()));
        }
        Collections.reverse(answers);
        return List.copyOf(answers);
    }

    /** Kahn's algorithm: a graph is acyclic exactly when every node can be taken in topological order. */
    static boolean hasCycle(DecisionTree tree) {
        Map<String, Integer> incoming = new HashMap<>();
        for (String id : tree.nodes().keySet()) incoming.put(id, 0);
        for (Node n : tree.nodes().values()) {
            if (n instanceof Question q) {
                for (Option o : q.options()) incoming.computeIfPresent(o.next(), (k, v) -> v + 1);
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        incoming.forEach((id, count) -> {
            if (count == 0) ready.add(id);
        });
        int taken = 0;
        while (!ready.isEmpty()) {
            Node n = tree.nodes().get(ready.poll());
            taken++;
            if (n instanceof Question q) {
                for (Option o : q.options()) {
                    Integer left = incoming.computeIfPresent(o.next(), (k, v) -> v - 1);
                    if (left != null && left == 0) ready.add(o.next());
                }
            }
        }
        return taken < tree.nodes().size();
    }
}
