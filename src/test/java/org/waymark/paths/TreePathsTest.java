package org.waymark.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.DecisionTree;
import org.waymark.model.Site;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** The default trees' paths are golden: content/decisions/*.paths.txt is the reviewed list. */
class TreePathsTest {
    static final String SMALL = """
            kind: decision
            title: Small
            start: a
            nodes:
              a:
                question: A?
                options:
                  - label: Say "yes"
                    next: b
                  - label: No
                    next: done
              b:
                question: B?
                options:
                  - label: One
                    next: done
                  - label: Two
                    next: other
              done:
                outcome: Done
              other:
                outcome: Other
            """;

    @Test
    void defaultTreesMatchTheirShippedPathLists() throws IOException {
        Site site = Projects.site(Projects.repo());
        assertEquals(2, site.trees().size());
        for (DecisionTree tree : site.trees()) {
            Path golden = site.contentDir().resolve(PathList.beside(tree.path()).value());
            assertTrue(Files.exists(golden), "no golden path list for " + tree.path());
            TreePaths.Result paths = TreePaths.of(tree);
            assertFalse(paths.truncated());
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), PathList.text(tree, paths),
                    "paths of " + tree.path() + " (run 'waymark paths --write' and review the diff)");
        }
    }

    @Test
    void pathsAreListedInOptionOrderWithQuotedLabels(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of("content/t.yaml", SMALL));
        DecisionTree tree = Projects.site(dir).trees().get(0);
        List<String> lines = TreePaths.of(tree).paths().stream().map(TreePath::line).toList();
        assertEquals(List.of(
                "a=\"Say \\\"yes\\\"\" / b=\"One\" -> done",
                "a=\"Say \\\"yes\\\"\" / b=\"Two\" -> other",
                "a=\"No\" -> done"), lines);
    }

    @Test
    void aChangedTreeIsReportedAtItsPathList(@TempDir Path dir) throws IOException {
        String list = """
                # reviewed
                a="Say \\"yes\\"" / b="One" -> other
                a="Say \\"yes\\"" / b="Two" -> other
                a="Maybe" -> done
                """;
        Projects.write(dir, Map.of("content/t.yaml", SMALL, "content/t.paths.txt", list));
        Pipeline.Result r = Projects.check(dir);
        String report = Projects.human(r);
        assertFalse(r.ok(), report);
        assertTrue(report.contains("content/t.paths.txt:2:1: error: this path of t.yaml now ends at 'done', not 'other' [WM330]"), report);
        assertTrue(report.contains("content/t.paths.txt:4:1: error: this path is no longer in t.yaml [WM330]"), report);
        assertTrue(report.contains("error: a new path of t.yaml is not in this list: a=\"No\" -> done [WM330]"), report);
        assertTrue(report.contains("waymark paths --write"), report);
    }

    @Test
    void aMatchingListPassesAndIsNotPublished(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of("content/t.yaml", SMALL, "content/t.paths.txt",
                "a=\"Say \\\"yes\\\"\" / b=\"One\" -> done\na=\"Say \\\"yes\\\"\" / b=\"Two\" -> other\na=\"No\" -> done\n"));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        assertFalse(Files.exists(dir.resolve("site/t.paths.txt")));
    }
}
