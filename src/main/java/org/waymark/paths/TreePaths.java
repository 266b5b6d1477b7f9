package org.waymark.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * Every start-to-outcome path of a tree, in the written order of the options. Iterative, so a
 * deep tree cannot overflow the stack; a walk that meets a missing node or loops back is dropped
 * (the check rules report those), and the count is capped because a tree whose branches merge
 * again and again has exponentially many paths.
 */
public final class TreePaths {
    public static final int LIMIT = 20_000;

    /** The paths, and whether the list stopped at {@link #LIMIT}. */
    public record Result(List<TreePath> paths, boolean truncated) {}

    private record Step(String node, List<TreePath.Answer> answers) {}

    private TreePaths() {}

    public static Result of(DecisionTree tree) {
        List<TreePath> paths = new ArrayList<>();
        Deque<Step> todo = new ArrayDeque<>();
        if (tree.nodes().containsKey(tree.start())) todo.push(new Step(tree.start(), List.of()));
        while (!todo.isEmpty()) {
            if (paths.size() >= LIMIT) return new Result(List.copyOf(paths), true);
            Step step = todo.pop();
            Node node = tree.nodes().get(step.node());
            if (node instanceof Outcome o) {
                paths.add(new TreePath(step.answers(), o.id()));
            } else if (node instanceof Question q) {
                // pushed in reverse so that the first option is walked first
                List<Option> options = q.options();
                for (int i = options.size() - 1; i >= 0; i--) {
                    Option opt = options.get(i);
                    if (opt.next().equals(q.id()) || visits(step.answers(), opt.next())) continue;
                    List<TreePath.Answer> answers = new ArrayList<>(step.answers());
                    answers.add(new TreePath.Answer(q.id(), opt.label()));
                    todo.push(new Step(opt.next(), List.copyOf(answers)));
                }
            }
        }
        return new Result(List.copyOf(paths), false);
    }

    private static boolean visits(List<TreePath.Answer> answers, String node) {
        for (TreePath.Answer a : answers) if (a.question().equals(node)) return true;
        return false;
    }
}
