package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Markdown;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;
import org.waymark.model.Site;
import org.waymark.model.SiteConfig;
import org.waymark.model.Tone;
import org.waymark.paths.TreePaths;
import org.waymark.testing.CpuBudget;
import org.waymark.testing.Growth;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * Worst-case trees: the graph rules and the path walk must not recurse once per node, and their
 * cost must grow linearly (judged by CPU time at n and 16n, so a busy machine cannot fail them).
 */
public class PathologicalTreeTest {
    static final int CHAIN = 50_000;

    /** q0 -> q1 -> ... -> q(n-1) -> end, each question also leaving to "end"; optionally looping back. */
    public static DecisionTree chain(int n, boolean loopBack) {
        Source source = Source.of("content/chain.yaml", "kind: decision\n");
        Markdown none = new Markdown(true, "", false, "", List.of(), List.of(), List.of(), List.of(), List.of());
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String next = i + 1 < n ? "q" + (i + 1) : loopBack ? "q0" : "end";
            nodes.put("q" + i, new Question("q" + i, Position.START, "Q" + i + "?", none, List.of(
                    new Option("On", next, null, Position.START, Position.START),
                    new Option("Off", "end", null, Position.START, Position.START))));
        }
        nodes.put("end", new Outcome("end", Position.START, "End", Tone.NEUTRAL, none, List.of(), null));
        return new DecisionTree(source, new ContentPath("chain.yaml"), "chain", "Chain", "", List.of(), "q0",
                Position.START, nodes, org.waymark.model.Review.NONE);
    }

    static Site siteOf(DecisionTree tree) {
        return new Site(SiteConfig.defaults(), Map.of(tree.path(), tree), List.of(), java.util.Set.of(), null, null, Map.of());
    }

    static List<Diagnostic> run(Rule rule, Site site) {
        List<Diagnostic> out = new ArrayList<>();
        rule.check(site, new org.waymark.link.LinkResolver(site), out::add);
        return out;
    }

    /** Growth is judged between a chain of CHAIN / GROWTH questions and one of CHAIN. */
    static final int GROWTH = 16;

    /** The graph rule's CPU time on a short and a long chain (trees built beforehand, not timed). */
    private static void assertRuleLinear(String label, boolean loopBack) {
        int small = CHAIN / GROWTH;
        Map<Integer, Site> sites = Map.of(small, siteOf(chain(small, loopBack)), CHAIN, siteOf(chain(CHAIN, loopBack)));
        Growth.assertLinear(label, small, GROWTH, CpuBudget::threadNanos, n -> run(new TreeGraphRule(), sites.get(n)));
    }

    @Test
    void aFiftyThousandQuestionChainIsCheckedWithoutOverflow() {
        assertEquals(List.of(), run(new TreeGraphRule(), siteOf(chain(CHAIN, false))));
        assertRuleLinear("graph rule, chain", false);
    }

    @Test
    void aFiftyThousandQuestionLoopIsReportedOnce() {
        List<Diagnostic> found = run(new TreeGraphRule(), siteOf(chain(CHAIN, true)));
        assertEquals(1, found.size());
        assertEquals(Code.CYCLE, found.get(0).code());
        assertTrue(found.get(0).message().startsWith("cycle: q0 -> q1 -> q2"), found.get(0).message());
        assertTrue(found.get(0).message().endsWith("q49999 -> q0"));
        assertRuleLinear("graph rule, loop", true);
    }

    @Test
    void thePathWalkOfALongChainStopsAtItsBudget() {
        assertTrue(TreePaths.of(chain(CHAIN, false)).truncated());
        assertTrue(TreePaths.of(chain(CHAIN, true)).paths().isEmpty());
        int small = CHAIN / GROWTH;
        Map<Integer, DecisionTree> trees = Map.of(small, chain(small, false), CHAIN, chain(CHAIN, false));
        Growth.assertLinear("path walk, chain", small, GROWTH, CpuBudget::threadNanos, n -> TreePaths.of(trees.get(n)));
    }
}
