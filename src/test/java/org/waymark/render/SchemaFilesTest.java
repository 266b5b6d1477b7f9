package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.waymark.diagnostic.Code;

/** The shipped schema files themselves: well-formed 2020-12 schemas that editors can explain. */
class SchemaFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySchemaIsADraft202012SchemaWithAnIdAndATitle() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Map<String, byte[]> files = SchemaFiles.read();
        assertEquals(SchemaFiles.NAMES, List.copyOf(files.keySet()));
        for (var e : files.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertEquals(List.of(), meta.validate(text, InputFormat.JSON), e.getKey());
            JsonNode root = JSON.readTree(text);
            assertEquals("https://json-schema.org/draft/2020-12/schema", root.path("$schema").asText(), e.getKey());
            assertEquals("urn:waymark:schema:" + e.getKey().replace(".schema.json", ""), root.path("$id").asText());
            assertTrue(root.path("title").asText().startsWith("Waymark "), e.getKey());
        }
    }

    /** Editors show a property's description on hover and in completion; none may be left out. */
    @Test
    void everyPropertyHasADescription() throws Exception {
        List<String> missing = new ArrayList<>();
        for (var e : SchemaFiles.read().entrySet()) undescribed(JSON.readTree(e.getValue()), e.getKey(), missing);
        assertEquals(List.of(), missing);
    }

    private static void undescribed(JsonNode node, String at, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) undescribed(node.get(i), at + "/" + i, missing);
            return;
        }
        if (!node.isObject()) return;
        node.properties().forEach(field -> {
            String path = at + "/" + field.getKey();
            if (field.getKey().equals("properties") || field.getKey().equals("$defs")) {
                field.getValue().properties().forEach(p -> {
                    if (!p.getValue().has("description") && !isOverlay(at)) missing.add(path + "/" + p.getKey());
                });
            }
            undescribed(field.getValue(), path, missing);
        });
    }

    /** A then/if branch only narrows properties described at their own place. */
    private static boolean isOverlay(String at) {
        return at.contains("/then") || at.contains("/if");
    }

    /**
     * Editors whose validator knows only draft-07 (the YAML language server, for one) ignore a
     * keyword written next to $ref, so every description and type must stand where $ref does not.
     */
    @Test
    void refStandsAlone() throws Exception {
        List<String> crowded = new ArrayList<>();
        for (var e : SchemaFiles.read().entrySet()) {
            JSON.readTree(e.getValue()).findParents("$ref").forEach(n -> {
                if (n.size() != 1) crowded.add(e.getKey() + ": " + n);
            });
        }
        assertEquals(List.of(), crowded);
    }

    /** The site schema names every rule code and name that site.yaml 'checks' accepts, no more. */
    @Test
    void siteChecksListEveryRule() throws Exception {
        JsonNode names = JSON.readTree(SchemaFiles.read().get("site.schema.json"))
                .at("/properties/checks/propertyNames/enum");
        Set<String> listed = new TreeSet<>();
        names.forEach(n -> listed.add(n.asText()));
        Set<String> expected = new TreeSet<>();
        for (Code c : Code.values()) {
            expected.add(c.id());
            expected.add(c.slug());
        }
        assertEquals(expected, listed);
    }
}
