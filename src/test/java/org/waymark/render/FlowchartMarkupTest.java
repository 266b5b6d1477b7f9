package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.DecisionTree;
import org.waymark.output.PageDigest;
import org.waymark.testing.Projects;

/**
 * A tree page's flowchart is laid out only when its template reads it, and its key, which a
 * page's digest takes instead, changes with everything the drawing is made from.
 */
class FlowchartMarkupTest {
    static final String TREE = """
            kind: decision
            title: Which store?
            start: a
            nodes:
              a:
                question: Is the data relational?
                help: Think of joins.
                options:
                  - label: "Yes"
                    next: b
                  - label: "No"
                    next: c
              b:
                outcome: Use Postgres
                tone: positive
                body: It is boring, in a good way.
              c:
                outcome: Use a key-value store
                tone: neutral
            """;

    @TempDir
    Path dir;

    @Test
    void itReadsAsTheDrawingAndADigestNeverDrawsIt() throws IOException {
        DecisionTree tree = tree(TREE);
        FlowchartMarkup markup = new FlowchartMarkup(tree, "p-");
        Map<String, Object> model = new LinkedHashMap<>(Map.of("flowchart", markup));
        PageDigest digest = ModelDigests.of(null, null).of("decision.ftlh", "t/index.html", model);
        assertNotEquals(null, digest);
        assertEquals(null, field(markup), "the digest drew the flowchart");
        assertEquals(Flowchart.svg(tree, "p-"), markup.getAsString());
    }

    @Test
    void everyInputOfTheDrawingChangesTheKeyAndNothingElseDoes() throws IOException {
        String base = key(TREE, "");
        List<String> changed = List.of(
                TREE.replace("Which store?", "Which database?"),
                TREE.replace("start: a", "start: b"),
                TREE.replace("Is the data relational?", "Is the data tabular?"),
                TREE.replace("label: \"Yes\"", "label: \"Yes, mostly\""),
                TREE.replace("next: c", "next: b"),
                TREE.replace("Use Postgres", "Use MySQL"),
                TREE.replace("tone: neutral", "tone: negative"),
                // the same nodes in another order are laid out from another order
                TREE.replace("  b:\n    outcome: Use Postgres\n    tone: positive\n    body: It is boring, in a good way.\n", "")
                        .replace("    tone: neutral\n", "    tone: neutral\n  b:\n    outcome: Use Postgres\n    tone: positive\n"
                                + "    body: It is boring, in a good way.\n"));
        Set<String> keys = new HashSet<>(List.of(base));
        for (String variant : changed) {
            assertNotEquals(TREE, variant, "the variant changes the tree");
            keys.add(key(variant, ""));
        }
        keys.add(key(TREE, "p-"));
        assertEquals(changed.size() + 2, keys.size(), "each change gives a key of its own");
        // what the drawing does not read: the question's help and an outcome's body
        String unread = TREE.replace("Think of joins.", "Think of foreign keys.").replace("in a good way", "in the best way");
        assertEquals(base, key(unread, ""));
        assertEquals(Flowchart.svg(tree(TREE), ""), Flowchart.svg(tree(unread), ""));
    }

    private String key(String yaml, String prefix) throws IOException {
        return new FlowchartMarkup(tree(yaml), prefix).key();
    }

    private DecisionTree tree(String yaml) throws IOException {
        Path project = Files.createTempDirectory(dir, "p");
        Projects.write(project, Map.of("content/t.yaml", yaml));
        return Projects.site(project).trees().get(0);
    }

    private static Object field(FlowchartMarkup m) {
        try {
            var f = FlowchartMarkup.class.getDeclaredField("svg");
            f.setAccessible(true);
            return f.get(m);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
