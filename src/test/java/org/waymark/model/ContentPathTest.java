package org.waymark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each kind of content file lands in the site: the table in docs/authoring.md, and the README. */
class ContentPathTest {
    @Test
    void eachFileLandsWhereTheContractSays() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("index.md", "index.html");
        expected.put("README.md", "index.html");
        expected.put("guides/pipeline.md", "guides/pipeline/index.html");
        expected.put("guides/index.md", "guides/index.html");
        expected.put("guides/README.md", "guides/index.html");
        expected.put("guides/readme.md", "guides/index.html");
        expected.put("guides/ReadMe.md", "guides/index.html");
        expected.put("guides/notREADME.md", "guides/notREADME/index.html");
        expected.put("guides/reindex.md", "guides/reindex/index.html");
        expected.put("v1.2/notes.md", "v1.2/notes/index.html");
        expected.put("a/b/c.d.md", "a/b/c.d/index.html");
        expected.put("decisions/pick.yaml", "decisions/pick/index.html");
        expected.put("decisions/index.yaml", "decisions/index.html");
        expected.put("checklists/launch.yml", "checklists/launch/index.html");
        expected.put("images/diagram.png", "images/diagram.png");
        expected.put("guides/README.MD", "guides/README.MD");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String path : expected.keySet()) actual.put(path, new ContentPath(path).outputFile());
        assertEquals(expected, actual);
    }

    @Test
    void indexPagesAreIndexAndReadmeInAnyCase() {
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (String p : new String[] {"index.md", "a/index.md", "README.md", "a/b/readme.md", "a/Readme.md"}) expected.put(p, true);
        for (String p : new String[] {"a/Index.md", "a/index.markdown", "a/xindex.md", "a/readme.mdx", "readme", "a/b.md"}) {
            expected.put(p, false);
        }
        Map<String, Boolean> actual = new LinkedHashMap<>();
        for (String path : expected.keySet()) actual.put(path, new ContentPath(path).isIndex());
        assertEquals(expected, actual);
    }
}
