package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Site;
import org.waymark.paths.TreePath;
import org.waymark.paths.TreePaths;
import org.waymark.testing.Projects;

/**
 * The default knowledge base's fine-tuning wizard reaches every rung of the cost ladder its
 * guides describe (guides/cost-ladder.md), down to the last: training a model from scratch.
 */
class CostLadderTest {
    @Test
    void theWizardReachesEveryRungIncludingPretraining() {
        Site site = Projects.site(Projects.repo());
        DecisionTree tree = (DecisionTree) site.documents().get(new ContentPath("decisions/should-we-fine-tune.yaml"));
        Set<String> outcomes = TreePaths.of(tree).paths().stream().map(TreePath::outcome).collect(Collectors.toSet());
        Map<String, String> rungs = new LinkedHashMap<>();
        rungs.put("1 prompting", "improve-the-prompt");
        rungs.put("2 few-shot examples", "add-few-shot-examples");
        rungs.put("3 retrieval", "use-rag");
        rungs.put("4 tools", "use-tools");
        rungs.put("5 fine-tuning", "fine-tune-with-lora");
        rungs.put("6 pretraining", "pretrain-from-scratch");
        List<String> missing = rungs.entrySet().stream().filter(e -> !outcomes.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), missing, "rungs no path of the wizard reaches");
        // The last rung is reached both by asking about it and by walking the ladder down to it.
        List<TreePath> toPretraining = TreePaths.of(tree).paths().stream()
                .filter(p -> p.outcome().equals("pretrain-from-scratch")).toList();
        assertTrue(toPretraining.stream().anyMatch(p -> p.answers().size() == 2), toPretraining.toString());
        assertTrue(toPretraining.stream().anyMatch(p -> p.answers().stream()
                .anyMatch(a -> a.question().equals("compare-small-large"))), toPretraining.toString());
    }
}
