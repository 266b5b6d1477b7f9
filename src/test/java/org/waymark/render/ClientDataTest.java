package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.ClientData;
import org.waymark.testing.Projects;

/**
 * The JSON the build hands assets/wizard.js and assets/checklist.js is exactly the documented
 * fixture (docs/client-data.md), shape and values; ClientDataBrowserTest feeds the same fixture
 * to the scripts. Run with -Dwaymark.updateGolden=true to rewrite the fixtures after an
 * intended change, then review the diff.
 */
class ClientDataTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Pipeline.Result r = ClientData.build(site);
        assertTrue(r.ok(), Projects.human(r));
    }

    @Test
    void theWizardGetsExactlyTheDocumentedData() throws IOException {
        same("wizard.json", ClientData.inPage(site.resolve("pick/index.html"), ClientData.WIZARD));
    }

    @Test
    void theChecklistGetsExactlyTheDocumentedData() throws IOException {
        same("checklist.json", ClientData.inPage(site.resolve("ship/index.html"), ClientData.CHECKLIST));
    }

    /**
     * With a baseUrl every link in the record is absolute, so an embedded copy differs only in its
     * id prefix, and in its relative way to the tree's page.
     */
    @Test
    void anEmbeddedCopyDiffersOnlyInItsPrefix() throws IOException {
        ObjectNode wizard = (ObjectNode) ClientData.expectedJson("wizard.json");
        wizard.put("prefix", "embed-pick-");
        wizard.put("treeHref", "pick/index.html");
        Path home = site.resolve("index.html");
        assertEquals(List.of(wizard), ClientData.allInPage(home, ClientData.WIZARD));
        assertEquals(List.of(ClientData.expectedJson("checklist.json")), ClientData.allInPage(home, ClientData.CHECKLIST));
    }

    /** The lines "Copy as Markdown" assembles, with nothing ticked, are the .md file the build writes. */
    @Test
    void theChecklistLinesUntickedAreTheMarkdownExport() throws IOException {
        StringBuilder md = new StringBuilder();
        for (JsonNode line : ClientData.expectedJson("checklist.json").get("markdown")) {
            md.append(line.isTextual() ? line.asText() : "- [ ] " + line.get("text").asText()).append('\n');
        }
        assertEquals(Files.readString(site.resolve("ship/ship.md"), StandardCharsets.UTF_8), md.toString());
    }

    private static void same(String fixture, JsonNode built) throws IOException {
        if (Boolean.getBoolean("waymark.updateGolden")) {
            Files.writeString(ClientData.expectedFile(fixture), ClientData.pretty(built), StandardCharsets.UTF_8);
        }
        assertEquals(ClientData.pretty(ClientData.expectedJson(fixture)), ClientData.pretty(built),
                "run once with -Dwaymark.updateGolden=true, then review " + fixture);
    }
}
