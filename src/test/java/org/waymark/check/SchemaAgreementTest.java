package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.testing.EditorSchemas.Verdict.ACCEPTS;
import static org.waymark.testing.EditorSchemas.Verdict.REJECTS;
import static org.waymark.testing.EditorSchemas.Verdict.UNREADABLE;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.EditorSchemas;
import org.waymark.testing.GoldenCases;
import org.waymark.testing.Projects;

/**
 * The editor schemas and the checker agree. Valid content passes both; a fault a schema can
 * express fails both; a fault it cannot express (it needs the whole tree, the whole site or
 * the YAML events) passes the schema and is caught by the checker alone. Every fixture folder
 * must be listed below, so a new fixture cannot slip past unclassified.
 */
class SchemaAgreementTest {
    static final Path RESOURCES = Projects.repo().resolve("src/test/resources");

    /**
     * @param schema   what the schemas say about the project
     * @param codes    error codes the checker must report
     * @param keywords JSON Schema keywords that must be among the schema's complaints
     */
    record Expect(EditorSchemas.Verdict schema, Set<String> codes, Set<String> keywords) {}

    static Expect both(String codes, String keywords) {
        return new Expect(REJECTS, words(codes), words(keywords));
    }

    /** Only the checker can catch it. */
    static Expect checkerOnly(String codes) {
        return new Expect(ACCEPTS, words(codes), Set.of());
    }

    /** A fault worth a warning only: the checker still accepts the project, and so does the schema. */
    static Expect warningOnly() {
        return new Expect(ACCEPTS, Set.of(), Set.of());
    }

    /** The file cannot be parsed at all: an editor's YAML parser reports it before any schema runs. */
    static Expect unreadable(String codes) {
        return new Expect(UNREADABLE, words(codes), Set.of());
    }

    /** The golden fixtures (src/test/resources/invalid/): the checker reports at least these codes. */
    static final Map<String, Expect> INVALID = Map.ofEntries(
            Map.entry("page-unknown-front-matter-key", both("WM101", "additionalProperties")),
            Map.entry("several-faults", both("WM101 WM104 WM020 WM201 WM202", "additionalProperties type const")),
            Map.entry("site-yaml-problems", both("WM101 WM102 WM120", "additionalProperties required")),
            Map.entry("site-nav-entries", both("WM101 WM102 WM103 WM120", "additionalProperties required pattern type")),
            Map.entry("yaml-without-kind", both("WM020", "required const")),
            Map.entry("yaml-plain-data-only", both("WM012 WM013", "additionalProperties type")),
            // Collisions between files, links, anchors, embeds and URL schemes need the whole site.
            Map.entry("duplicate-urls", checkerOnly("WM005 WM205")),
            Map.entry("listing-page-taken", checkerOnly("WM205")), // 101 guides made by GoldenCases
            Map.entry("index-and-readme", checkerOnly("WM205")),
            Map.entry("embed-problems", checkerOnly("WM201 WM207")),
            Map.entry("page-broken-link", checkerOnly("WM201 WM202")),
            Map.entry("page-link-outside-content", checkerOnly("WM203")),
            Map.entry("page-unsafe-urls", checkerOnly("WM204")),
            Map.entry("page-links-as-the-browser-reads-them", checkerOnly("WM201 WM202 WM204")),
            // Whether a font file exists (WM104), and which characters it has (WM322, a warning), only the checker knows.
            Map.entry("checklist-pdf-missing-glyph", checkerOnly("WM104")),
            // 'title' is needed only when the body has no leading '# Heading': the schema never sees the body.
            Map.entry("page-no-title", checkerOnly("WM102")),
            // Jackson (and so the schema) keeps the last of two equal keys; the language server flags it itself.
            Map.entry("yaml-duplicate-key", checkerOnly("WM011")),
            Map.entry("invalid-utf8", unreadable("WM002")),
            Map.entry("page-unterminated-front-matter", unreadable("WM105")),
            Map.entry("yaml-syntax-error", unreadable("WM010")),
            Map.entry("yaml-syntax-in-authors-words", unreadable("WM010")),
            // The folder's one checklist cannot be parsed; the link and nav entry to the folder are not reported again.
            Map.entry("folder-of-unreadable-files", unreadable("WM010")),
            // Which tags share a page needs every file's tags.
            Map.entry("tags-merged-by-punctuation", warningOnly()),
            Map.entry("yaml-kind-misspelt", both("WM020", "required")),
            Map.entry("tree-key-on-wrong-level", both("WM101", "additionalProperties")),
            // A date that is not one (2021-02-30) and an overdue review need the calendar and the day.
            Map.entry("review-overdue", both("WM104", "pattern")),
            Map.entry("review-every-invalid", both("WM104", "pattern")),
            // Whether the target is a draft is known only from the whole site.
            Map.entry("page-link-to-draft", checkerOnly("WM201 WM120")),
            Map.entry("checklist-empty-section", both("WM320", "minItems")),
            Map.entry("checklist-missing-sections", both("WM102", "required")),
            Map.entry("checklist-missing-text", both("WM102", "required")),
            Map.entry("checklist-section-without-title", both("WM102", "required")),
            Map.entry("checklist-unknown-key", both("WM101", "additionalProperties")),
            Map.entry("tree-node-id-case", both("WM307", "pattern")),
            Map.entry("tree-one-option", both("WM303", "minItems")),
            Map.entry("tree-start-missing", both("WM102", "required")),
            Map.entry("tree-unknown-key", both("WM101", "additionalProperties")),
            Map.entry("checklist-broken-link", checkerOnly("WM201 WM202")),
            Map.entry("checklist-duplicate-item-id", checkerOnly("WM321")),
            Map.entry("checklist-duplicate-key", checkerOnly("WM011")),
            Map.entry("tree-broken-links", checkerOnly("WM201 WM202")),
            Map.entry("tree-checklist-missing", checkerOnly("WM201")),
            Map.entry("tree-cycle", checkerOnly("WM305")),
            Map.entry("tree-duplicate-node", checkerOnly("WM011")),
            Map.entry("tree-next-unknown", checkerOnly("WM302")),
            Map.entry("tree-paths-changed", checkerOnly("WM330")),
            Map.entry("tree-same-label", checkerOnly("WM304")),
            Map.entry("tree-same-url", checkerOnly("WM205")),
            Map.entry("tree-start-unknown", checkerOnly("WM301")),
            Map.entry("tree-unreachable", checkerOnly("WM306")),
            Map.entry("wrong-type", both("WM103", "type")),
            Map.entry("tree-node-shape", both("WM308", "required")),
            Map.entry("yaml-nested-too-deep", both("WM014", "type")),
            // What an editor never sees: the folder, the file's size, links, the page body, rendering.
            Map.entry("no-content-folder", checkerOnly("WM001")),
            Map.entry("file-too-large", checkerOnly("WM003")),
            Map.entry("markdown-nested-too-deep", checkerOnly("WM015")),
            Map.entry("embed-two-paths", checkerOnly("WM206")),
            Map.entry("template-broken-link", checkerOnly("WM401")),
            Map.entry("template-duplicate-id", checkerOnly("WM402")),
            Map.entry("template-two-h1", checkerOnly("WM403")),
            Map.entry("template-no-title", checkerOnly("WM404")),
            Map.entry("template-inline-style", checkerOnly("WM405")),
            Map.entry("template-syntax-error", checkerOnly("WM406")),
            Map.entry("symlink-outside", warningOnly()),
            Map.entry("image-without-alt", warningOnly()),
            Map.entry("heading-skips-a-level", warningOnly()),
            Map.entry("duplicate-title", warningOnly()),
            Map.entry("tree-long-question", warningOnly()),
            Map.entry("raw-html-removed", warningOnly()));

    /** This test's own cases (src/test/resources/schema-cases/): one fault each, so exactly these codes. */
    static final Map<String, Expect> CASES = Map.ofEntries(
            Map.entry("tree-unknown-key", both("WM101", "additionalProperties")),
            Map.entry("tree-missing-start", both("WM102", "required")),
            Map.entry("tree-tags-not-a-list", both("WM103", "type")),
            Map.entry("tree-one-option", both("WM303", "minItems")),
            Map.entry("tree-node-id-not-kebab", both("WM307", "pattern")),
            Map.entry("tree-bad-tone", both("WM104", "enum")),
            Map.entry("tree-question-and-outcome", both("WM308", "additionalProperties")),
            Map.entry("tree-neither-question-nor-outcome", both("WM308", "required")),
            Map.entry("tree-empty-title", both("WM102", "pattern")),
            Map.entry("checklist-no-sections", both("WM320", "minItems")),
            Map.entry("checklist-empty-items", both("WM320", "minItems")),
            Map.entry("checklist-item-without-text", both("WM102", "required")),
            Map.entry("checklist-optional-not-boolean", both("WM104", "type")),
            Map.entry("checklist-untitled-section-among-several", both("WM102", "required")),
            Map.entry("page-order-not-a-number", both("WM104", "type")),
            // YAML 1.2 (the language server's) reads 'yes' as a word, as Waymark does: not a boolean.
            Map.entry("site-trust-html-not-boolean", both("WM104", "type")),
            Map.entry("site-unknown-check-code", both("WM104", "propertyNames")),
            Map.entry("site-base-url-not-http", both("WM104", "pattern")),
            // The graph of a tree: which ids exist, what reaches what.
            Map.entry("tree-dangling-next", checkerOnly("WM302")),
            Map.entry("tree-start-names-no-node", checkerOnly("WM301")),
            Map.entry("tree-cycle", checkerOnly("WM305")),
            Map.entry("tree-unreachable-node", checkerOnly("WM306")),
            // Uniqueness of a field across the objects of a list (uniqueItems compares whole objects).
            Map.entry("tree-duplicate-labels", checkerOnly("WM304")),
            Map.entry("checklist-duplicate-item-ids", checkerOnly("WM321")),
            Map.entry("tree-broken-outcome-link", checkerOnly("WM201")),
            // Jackson resolves the alias to the anchored text, so the schema sees a valid tree.
            Map.entry("yaml-alias", checkerOnly("WM012")));

    static EditorSchemas schemas;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void loadSchemas() throws IOException {
        schemas = new EditorSchemas();
    }

    @TestFactory
    Stream<DynamicTest> validContentPassesBoth() throws IOException {
        List<Path> projects = new ArrayList<>(List.of(Projects.repo()));
        projects.addAll(folders(RESOURCES.resolve("valid")));
        return projects.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            EditorSchemas.ProjectResult r = schemas.project(p);
            assertFalse(r.files().isEmpty(), "no content files found in " + p);
            assertEquals(ACCEPTS, r.verdict(), r.describe());
            Pipeline.Result checked = Projects.check(p);
            assertTrue(checked.ok(), Projects.human(checked));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixturesAsListed() throws IOException {
        return agreement(RESOURCES.resolve("invalid"), INVALID, false);
    }

    @TestFactory
    Stream<DynamicTest> schemaCasesAsListed() throws IOException {
        return agreement(RESOURCES.resolve("schema-cases"), CASES, true);
    }

    @Test
    void everyFixtureFolderIsClassified() throws IOException {
        assertEquals(new TreeSet<>(INVALID.keySet()), names(RESOURCES.resolve("invalid")));
        assertEquals(new TreeSet<>(CASES.keySet()), names(RESOURCES.resolve("schema-cases")));
    }

    @Test
    void theDefaultContentExercisesEverySchema() throws IOException {
        Set<String> used = schemas.project(Projects.repo()).files().stream().map(EditorSchemas.FileResult::schema)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("site.schema.json", "decision.schema.json", "checklist.schema.json",
                "front-matter.schema.json"), used);
    }

    /** The valid fixture that proves a schema comment line is harmless must keep its comment lines. */
    @Test
    void theEditorCommentFixtureStartsEachYamlFileWithASchemaComment() throws IOException {
        Path content = RESOURCES.resolve("valid/editor-comments/content");
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(content)) {
            yaml = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertEquals(3, yaml.size(), yaml.toString());
        for (Path p : yaml) {
            assertTrue(Files.readString(p).startsWith("# yaml-language-server: $schema="), p.toString());
        }
        assertTrue(Projects.check(content.getParent()).ok());
    }

    private static Stream<DynamicTest> agreement(Path root, Map<String, Expect> table, boolean exactCodes)
            throws IOException {
        return folders(root).stream().map(fixture -> DynamicTest.dynamicTest(name(fixture), () -> {
            Expect expect = table.get(name(fixture));
            assertTrue(expect != null, "classify " + fixture + " in SchemaAgreementTest");
            // Golden cases are read as their test reads them: a copy with what cannot be committed made.
            Path dir = root.endsWith("invalid")
                    ? GoldenCases.materialize(fixture, scratch) : fixture;
            Pipeline.Result checked = Projects.check(dir);
            Set<String> codes = checked.report().diagnostics().stream().filter(Diagnostic::isError)
                    .map(d -> d.code().id()).collect(Collectors.toCollection(TreeSet::new));
            if (expect.codes().isEmpty()) {
                assertTrue(checked.ok() && !checked.report().diagnostics().isEmpty(),
                        "the checker must warn about " + dir + " and accept it:\n" + Projects.human(checked));
            } else {
                assertFalse(checked.ok(), "the checker must reject " + dir);
            }
            if (exactCodes) assertEquals(expect.codes(), codes, Projects.human(checked));
            else assertTrue(codes.containsAll(expect.codes()), Projects.human(checked));
            EditorSchemas.ProjectResult r = schemas.project(dir);
            assertEquals(expect.schema(), r.verdict(), r.describe());
            assertTrue(r.keywords().containsAll(expect.keywords()), "expected " + expect.keywords() + "\n" + r.describe());
        }));
    }

    private static List<Path> folders(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Set<String> names(Path root) throws IOException {
        return folders(root).stream().map(SchemaAgreementTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(Path p) {
        return p.equals(Projects.repo()) ? "content/ (the default knowledge base)" : p.getFileName().toString();
    }

    private static Set<String> words(String s) {
        return Set.of(s.split(" "));
    }
}
