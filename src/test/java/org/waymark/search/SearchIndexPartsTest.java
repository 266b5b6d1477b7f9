package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadCache;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.MemoryOutput;
import org.waymark.testing.Projects;

/**
 * The search index kept in pieces (serve) is, after every edit, rename and deletion, the index
 * a full build writes, file for file and byte for byte; and a save that changes one guide's
 * text writes only the files its words and its document are in. So is the index a build writes
 * with what the last build kept of each document ({@link SearchStore}), which reads again only
 * the documents edited, and the pieces serve's first build makes from such a store, read only
 * (and then updates).
 */
class SearchIndexPartsTest {
    @TempDir
    Path project;

    interface Step {
        void apply(Path content) throws IOException;
    }

    @Test
    void updatedInPiecesTheIndexIsWhatAFullBuildWritesAfterEverySortOfChange() throws IOException {
        Map<String, String> files = new HashMap<>();
        files.put("content/site.yaml", "title: Search parts\n");
        files.put("content/index.md", "---\ntitle: Home\n---\n\nWelcome.\n");
        // enough pages and words that the index is cut into many shards, some of them cut again
        Random random = new Random(11);
        for (int i = 0; i < 120; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 120; w++) text.append(word(random)).append(w % 12 == 11 ? ".\n\n" : " ");
            files.put("content/guides/g" + i + ".md", "---\ntitle: Guide " + i + " " + word(random) + "\n---\n\n## "
                    + word(random) + " " + word(random) + "\n\n" + text + "\n");
        }
        files.put("content/decisions/pick.yaml", "kind: decision\ntitle: Pick one\nstart: goal\nnodes:\n  goal:\n"
                + "    question: Which way?\n    options:\n      - label: Left\n        next: left\n"
                + "      - label: Right\n        next: right\n  left:\n    outcome: Go left\n  right:\n    outcome: Go right\n");
        files.put("content/checklists/steps.yaml", "kind: checklist\ntitle: Steps\nsections:\n  - title: First\n"
                + "    items:\n      - id: step-1\n        text: First step\n");
        Projects.write(project, files);

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("nothing changed", c -> {});
        steps.put("a guide's text edited", c -> append(c.resolve("guides/g3.md"), "A zebra quietly crossed.\n"));
        steps.put("a word only that guide had removed", c -> replace(c.resolve("guides/g3.md"), "A zebra quietly crossed.\n", ""));
        steps.put("many new words with one start in one guide (a shard is cut)", c -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 3000; i++) b.append("qx").append(Integer.toString(i, 36)).append(' ');
            append(c.resolve("guides/g7.md"), b + "\n");
        });
        steps.put("and taken away again", c -> replace(c.resolve("guides/g7.md"),
                Files.readString(c.resolve("guides/g7.md")).replaceAll("(?s)^.*\n(qx0 .*)$", "$1"), ""));
        steps.put("two guides edited, a heading added", c -> {
            append(c.resolve("guides/g0.md"), "\n## Aardvark handling\n\nGently.\n");
            append(c.resolve("guides/g119.md"), "Last words here.\n");
        });
        steps.put("a title edited", c -> replace(c.resolve("guides/g5.md"), "title: Guide 5", "title: Guide five"));
        steps.put("a tree edited", c -> replace(c.resolve("decisions/pick.yaml"), "Go left", "Go left, carefully"));
        steps.put("a checklist edited", c -> replace(c.resolve("checklists/steps.yaml"), "First step", "The very first step"));
        steps.put("a guide renamed", c -> Files.move(c.resolve("guides/g10.md"), c.resolve("guides/renamed.md")));
        steps.put("a guide deleted", c -> Files.delete(c.resolve("guides/g11.md")));
        steps.put("a guide added", c -> Files.writeString(c.resolve("guides/added.md"), "---\ntitle: Added\n---\n\nNew here.\n"));
        steps.put("a text edit after all that", c -> append(c.resolve("guides/added.md"), "More words, zebra.\n"));
        steps.put("a word swapped for one as long", c -> replace(c.resolve("guides/added.md"), "zebra", "okapi"));

        LoadCache cache = new LoadCache();
        Site first = load(cache);
        Path storeFile = project.resolve(".site.search");
        new SearchIndexFiles(first, SearchStore.at(storeFile, "test code")).write(new MemoryOutput());
        // made as serve's first build makes them over a built site: from what its build kept
        SearchStore built = SearchStore.readOnly(storeFile, "test code");
        SearchIndexParts parts = SearchIndexParts.of(first, built);
        assertEquals(first.documents().size(), built.reused(), "every document is taken from the store");
        MemoryOutput kept = new MemoryOutput();
        parts.writeAll(kept);
        Set<String> textOnly = Set.of("nothing changed", "a guide's text edited", "a word only that guide had removed",
                "many new words with one start in one guide (a shard is cut)", "and taken away again",
                "two guides edited, a heading added", "a text edit after all that", "a word swapped for one as long");
        for (Map.Entry<String, Step> step : steps.entrySet()) {
            step.getValue().apply(project.resolve("content"));
            Site site = load(cache);
            SearchIndexParts.Changes changes = parts.update(site);
            for (String name : changes.gone()) kept.files().remove(SearchIndexParts.path(name));
            parts.write(kept, changes);

            MemoryOutput full = new MemoryOutput();
            new SearchIndexFiles(site).write(full);
            // a build with the store the last step's build kept (SearchStore) writes the same bytes
            SearchStore store = SearchStore.at(storeFile, "test code");
            MemoryOutput stored = new MemoryOutput();
            new SearchIndexFiles(site, store).write(stored);
            assertEquals(full.files().keySet(), stored.files().keySet(), step.getKey());
            for (String path : full.files().keySet()) {
                assertArrayEquals(full.files().get(path).bytes(), stored.files().get(path).bytes(), step.getKey() + ": " + path);
            }
            int documents = site.documents().size();
            int edited = step.getKey().startsWith("two guides") ? 2 : step.getKey().equals("nothing changed") ? 0 : 1;
            if (textOnly.contains(step.getKey()) || step.getKey().endsWith(" edited")) {
                assertEquals(documents - edited, store.reused(), step.getKey() + ": every document not edited is taken from the store");
            }
            // Written, the store lets go of every entry: render and verify run on without them.
            for (org.waymark.model.Document d : site.documents().values()) {
                assertNull(store.find(d.outputFile(), SearchStore.key(d, site.config().title())), step.getKey() + ": " + d.outputFile());
            }
            // pieces made afresh from that store (read only) give the same files too
            byte[] storeBytes = Files.readAllBytes(storeFile);
            SearchStore readOnly = SearchStore.readOnly(storeFile, "test code");
            MemoryOutput fromStore = new MemoryOutput();
            SearchIndexParts.of(site, readOnly).writeAll(fromStore);
            assertEquals(documents, readOnly.reused(), step.getKey());
            assertArrayEquals(storeBytes, Files.readAllBytes(storeFile), step.getKey() + ": the store is only read");
            assertEquals(full.files().keySet(), fromStore.files().keySet(), step.getKey());
            for (String path : full.files().keySet()) {
                assertArrayEquals(full.files().get(path).bytes(), fromStore.files().get(path).bytes(), step.getKey() + ": " + path);
            }
            assertEquals(new TreeSet<>(full.files().keySet()), new TreeSet<>(kept.files().keySet()), step.getKey());
            assertEquals(full.files().keySet(), parts.paths(), step.getKey());
            for (String path : full.files().keySet()) {
                assertArrayEquals(full.files().get(path).bytes(), kept.files().get(path).bytes(), step.getKey() + ": " + path);
            }
            if (textOnly.contains(step.getKey())) {
                long heads = changes.written().stream().filter(n -> n.startsWith("h/")).count();
                assertTrue(heads <= 2 && changes.written().size() < full.files().size() / 4,
                        step.getKey() + ": only the files its words and documents touch, not " + changes.written());
            }
        }
    }

    private Site load(LoadCache cache) {
        LoadResult<Site> loaded = ContentLoader.load(project, true, cache);
        if (loaded instanceof LoadResult.Loaded<Site> site) return site.value();
        throw new AssertionError(loaded.diagnostics().toString());
    }

    private static String word(Random random) {
        String letters = "abcdefghijklmnoprstuw";
        int length = 3 + random.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(letters.charAt(random.nextInt(letters.length())));
        return b.toString();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
