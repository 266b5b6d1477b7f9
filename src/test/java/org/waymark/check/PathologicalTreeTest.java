package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
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
import org.waymark.text.Position;
import org.waymark.text.Source;

/** Worst-case trees: the graph rules and the path walk must not recurse once per node. */
public class PathologicalTreeTest {
    static final int CHAIN = 50_000;

    /** q0 -> q1 -> ... -> q(n-1) -> end, each question also leaving to "end"; optionally looping back. */
    public static DecisionTree chain(int n, boolean loopBack) {
        Source source = Source.of("content/chain.yaml", "kind: decision\n");
        Markdown none = new Markdown("", "", false, "", List.of(), List.of(), List.of(), List.of(), List.of());
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

    @Test
    void aFiftyThousandQuestionChainIsCheckedWithoutOverflow() {
        Site site = siteOf(chain(CHAIN, false));
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> run(new TreeGraphRule(), site));
        assertEquals(List.of(), found);
    }

    @Test
    void aFiftyThousandQuestionLoopIsReportedOnce() {
        Site site = siteOf(chain(CHAIN, true));
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> run(new TreeGraphRule(), site));
        assertEquals(1, found.size());
        assertEquals(Code.CYCLE, found.get(0).code());
        assertTrue(found.get(0).message().startsWith("cycle: q0 -> q1 -> q2"), found.get(0).message());
        assertTrue(found.get(0).message().endsWith("q49999 -> q0"));
    }

    @Test
    void thePathWalkOfALongChainStopsAtItsBudget() {
        TreePaths.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TreePaths.of(chain(CHAIN, false)));
        assertTrue(r.truncated());
        assertTrue(TreePaths.of(chain(CHAIN, true)).paths().isEmpty());
    }
}
