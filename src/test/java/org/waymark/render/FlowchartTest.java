package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.DecisionTree;
import org.waymark.model.Site;
import org.waymark.testing.CpuBudget;
import org.waymark.testing.Projects;

class FlowchartTest {
    @Test
    void everyNodeIsALinkToItsSectionAndTextIsEscaped(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of("content/t.yaml", """
                kind: decision
                title: "Tags <script> & \\"quotes\\""
                start: a
                nodes:
                  a:
                    question: "Is <b>bold</b> & 'safe'?"
                    options:
                      - label: "Yes </text><script>alert(1)</script>"
                        next: b
                      - label: No
                        next: b
                  b:
                    outcome: A very long outcome title that certainly needs to be wrapped over several lines to fit
                    tone: positive
                """));
        DecisionTree tree = Projects.site(dir).trees().get(0);
        String svg = Flowchart.svg(tree, "p-");
        Document xml = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(2, xml.select("a.fc-node").size());
        assertEquals("#p-a", xml.select("a.fc-node").get(0).attr("href"));
        assertTrue(xml.select("script, style, [style]").isEmpty(), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertTrue(svg.contains("Is &lt;b&gt;bold&lt;/b&gt; &amp; &#39;safe&#39;?"), svg);
        assertTrue(xml.select("a.fc-tone-positive tspan").size() > 1, "long titles wrap");
        assertEquals(2, xml.select("path.fc-arrow").size());
    }

    @Test
    void theDefaultTreesAreLaidOutQuickly() {
        Site site = Projects.site(Projects.repo());
        for (DecisionTree t : site.trees()) Flowchart.svg(t, ""); // warm up ELK once
        // CPU time of this thread (ELK lays out on the caller's thread), which a busy machine does not stretch.
        long start = CpuBudget.threadNanos();
        for (DecisionTree t : site.trees()) Flowchart.svg(t, "");
        long millis = (CpuBudget.threadNanos() - start) / 1_000_000;
        assertTrue(millis < 1000, "laying out the default trees took " + millis + " ms of CPU");
    }
}
