package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * One page of each kind, kept as the exact HTML the build writes, so that a change to the markup
 * is a diff someone reviews. The fixture project is {@code src/test/resources/golden-html/project};
 * each page kind's file is {@code golden-html/<Kind>.html}. Asset fingerprints are written as
 * {@code HASH}, so an edit to a stylesheet or script alone does not touch these files.
 *
 * <p>Run with -Dwaymark.updateGolden=true to rewrite the files after an intended change.
 */
class GoldenHtmlTest {
    private static final Path GOLDEN = Projects.repo().resolve("src/test/resources/golden-html");

    @TempDir
    Path project;

    @Test
    void eachKindOfPageIsWrittenAsReviewed() throws IOException {
        Projects.copy(GOLDEN.resolve("project"), project);
        longSection(project);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok() && r.report().diagnostics().isEmpty(), Projects.human(r));

        Path templates = r.site().templatesDir();
        SiteRenderer renderer = new SiteRenderer(r.site(), Theme.load(templates), new TemplateSet(templates));
        Map<String, String> firstOfKind = new TreeMap<>();
        for (SitePage page : renderer.pages()) {
            firstOfKind.putIfAbsent(page.getClass().getSimpleName(), page.outputFile());
        }
        Set<String> kinds = kinds(SitePage.class).map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        // A letter's page exists only past 500 entries: AzIndexTest shows it, as structure.
        kinds.remove("AzLetterPage");
        assertEquals(kinds, firstOfKind.keySet(), "the fixture project must have a page of every kind");

        boolean update = Boolean.getBoolean("waymark.updateGolden");
        for (var e : firstOfKind.entrySet()) {
            String html = Files.readString(project.resolve("site").resolve(e.getValue()), StandardCharsets.UTF_8)
                    .replaceAll("\\.[0-9a-f]{8}\\.(css|js|svg)\"", ".HASH.$1\"");
            Path golden = GOLDEN.resolve(e.getKey() + ".html");
            if (update) {
                Files.writeString(golden, html, StandardCharsets.UTF_8);
            } else {
                assertTrue(Files.exists(golden), golden + " is missing; run once with -Dwaymark.updateGolden=true, then review it");
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html,
                        e.getValue() + " differs from " + golden.getFileName()
                                + "; if the change is intended, rerun with -Dwaymark.updateGolden=true and review the diff");
            }
        }
    }

    /** A section with one guide more than a listing page holds, so that it has a second listing page (a ListingPage). */
    private static void longSection(Path project) throws IOException {
        Path dir = Files.createDirectories(project.resolve("content/long"));
        Files.writeString(dir.resolve("index.md"), "---\ntitle: A long section\n---\n\nStart at [the first page](p-000.md).\n");
        for (int i = 0; i <= Listing.PER_PAGE; i++) {
            String next = i < Listing.PER_PAGE ? String.format("%n%nNext: [page %03d](p-%03d.md).%n", i + 1, i + 1) : "\n";
            Files.writeString(dir.resolve(String.format("p-%03d.md", i)),
                    String.format("---%ntitle: Long page %03d%n---%n%nOne of many.", i) + next);
        }
    }

    /** The records a sealed page interface permits, through its sealed sub-interfaces. */
    private static Stream<Class<?>> kinds(Class<?> type) {
        return Arrays.stream(type.getPermittedSubclasses()).flatMap(c -> c.isInterface() ? kinds(c) : Stream.of(c));
    }
}
