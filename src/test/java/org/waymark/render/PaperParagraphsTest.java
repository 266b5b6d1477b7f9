package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A checklist item's detail on paper: every word the author wrote, in an order and shape a reader can follow. */
class PaperParagraphsTest {
    private static List<String> paper(String html) {
        return PaperParagraphs.of(html, href -> href.startsWith("http") ? href : "https://kb.example/" + href);
    }

    @Test
    void linksAreFollowedByTheirAddressAndImagesByTheirAltText() {
        assertEquals(List.of("See the runbook (https://kb.example/guides/run/) and https://example.com/x.",
                        "[Image: Diagram of the pipeline]", "Before [Image: a chart] after."),
                paper("<p>See <a href=\"guides/run/\">the runbook</a> and <a href=\"https://example.com/x\">https://example.com/x</a>.</p>"
                        + "<p><img src=\"d.png\" alt=\"Diagram of the pipeline\"></p><p><img src=\"x.png\" alt=\"\"></p>"
                        + "<p>Before <img src=\"c.png\" alt=\" a chart \"> after.</p>"));
    }

    @Test
    void listsKeepTheirNumbersAndNesting() {
        assertEquals(List.of("• Outer one", "– Inner a", "3. Deep first", "4. Deep second", "– Inner b", "• Outer two",
                        "7. Seventh", "8. Eighth"),
                paper("<ul><li>Outer one<ul><li>Inner a<ol start=\"3\"><li>Deep first</li><li>Deep second</li></ol></li>"
                        + "<li>Inner b</li></ul></li><li><p>Outer two</p></li></ul><ol start=\"7\"><li>Seventh</li><li>Eighth</li></ol>"));
    }

    @Test
    void tablesGoRowByRowAndCodeLineByLine() {
        assertEquals(List.of("Step | Owner", "Build | Ana", "Ship | Bo", "make build", "make ship"),
                paper("<table><thead><tr><th>Step</th><th>Owner</th></tr></thead><tbody><tr><td>Build</td><td>Ana</td></tr>"
                        + "<tr><td>Ship</td><td>Bo</td></tr></tbody></table><pre><code>make build\n\n  make ship\n</code></pre>"));
    }

    @Test
    void quotesAndOtherContainersGiveTheirParagraphs() {
        assertEquals(List.of("Quoted advice.", "Second paragraph.", "A heading", "Bare words"),
                paper("<blockquote><p>Quoted advice.</p><p>Second paragraph.</p></blockquote><h3>A heading</h3><hr>"
                        + "<div>Bare words</div>"));
        assertEquals(List.of(), paper(null));
        assertEquals(List.of(), paper("  "));
    }
}
