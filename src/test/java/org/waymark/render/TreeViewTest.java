package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.DecisionTree;

class TreeViewTest {
    @Test
    void remainingQuestionsOfALongChainAreCountedWithoutRecursion() {
        DecisionTree tree = org.waymark.check.PathologicalTreeTest.chain(50_000, false);
        Map<String, Integer> depth = TreeView.remainingQuestions(tree);
        assertEquals(50_000, depth.get("q0"));
        assertEquals(1, depth.get("q49999"));
        assertEquals(0, depth.get("end"));
    }
}
