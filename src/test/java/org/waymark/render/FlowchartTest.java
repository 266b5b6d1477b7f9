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

    @Test
    void numbersAreWrittenAsTheFormatterWritesThem() {
        java.util.Random random = new java.util.Random(12);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 0.05, -0.05, 0.25,
                0.35, 1.45, 2.5, -2.5, 0.04, -0.04, 12.0, 100.0, 99.95, 1234.56, 39.8, 6.6 * 3 + 20, 0.1 + 0.2));
        for (int i = 0; i < 100_000; i++) values.add((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(5)));
        for (int i = 0; i < 20_000; i++) values.add(random.nextInt(200_000) / 100.0 - 300);  // ties at .x5
        for (double v : values) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", v).replace(".0", ""), Flowchart.num(v), "for " + v);
        }
    }
}
