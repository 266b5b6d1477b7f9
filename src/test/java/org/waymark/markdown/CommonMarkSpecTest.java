package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.testing.Projects;
import org.waymark.testing.SpecExamples;

/**
 * The CommonMark 0.31.2 spec's 652 examples as a test suite ({@link SpecRun} runs them through
 * the real pipeline). What each example becomes is recorded in
 * src/test/resources/markdown/commonmark-0.31.2.txt, so a regression fails here and an
 * improvement is a reviewed change to that list (run with -Dwaymark.updateGolden=true to
 * rewrite it, then read the diff). Every example either matches the spec, matches once its raw
 * HTML is cleaned (with the warning), is refused with located errors whose reason holds, or
 * differs exactly as plain flexmark does, for a reason named in docs/markdown.md.
 */
class CommonMarkSpecTest {
    static final Path LIST = Projects.repo().resolve("src/test/resources/markdown/commonmark-0.31.2.txt");
    static final Path DOC = Projects.repo().resolve("docs/markdown.md");
    /** The refusals whose reason holds for any page: a missing file, a missing anchor, a refused scheme. */
    static final Set<String> REFUSALS = Set.of(Code.BROKEN_LINK.id(), Code.BROKEN_ANCHOR.id(), Code.UNSAFE_URL.id());

    /** One line of the list: the example, its result as written, with its link targets, and the difference's name. */
    record Expected(int number, String asWritten, String withTargets, String reason) {
        String line() {
            return number + " " + asWritten + " " + withTargets + " " + reason;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleEndsAsTheListSays() throws IOException {
        SpecRun.Results results = SpecRun.results();
        Map<Integer, Expected> listed = read();
        if (Boolean.getBoolean("waymark.updateGolden")) listed = write(results, listed);
        Map<Integer, Expected> expected = listed;
        return SpecExamples.all().stream().map(ex -> DynamicTest.dynamicTest("example " + ex.number() + " ("
                + ex.section() + ")", () -> check(ex, results, expected.get(ex.number()))));
    }

    private static void check(SpecExamples.Example ex, SpecRun.Results results, Expected expected) {
        assertNotNull(expected, "example " + ex.number() + " is not in " + LIST);
        assertFalse(expected.reason().equals("unreviewed"), "example " + ex.number() + " differs: name the difference"
                + " in the list and explain it in docs/markdown.md");
        SpecRun.Outcome written = results.asWritten().get(ex.number());
        SpecRun.Outcome targets = results.withTargets().get(ex.number());
        String context = "\n--- markdown\n" + ex.markdown() + "--- want\n" + written.want() + "\n--- got\n" + written.got()
                + "\n--- flexmark\n" + written.flexmark() + "\n--- diagnostics\n" + written.diagnostics();
        assertEquals(expected.asWritten(), written.label(), "example " + ex.number() + context);
        assertEquals(expected.withTargets(), targets == null ? "-" : targets.label(), "example " + ex.number()
                + " with its link targets in content/" + (targets == null ? "" : "\n--- got\n" + targets.got()
                + "\n--- want\n" + targets.want() + "\n--- diagnostics\n" + targets.diagnostics()));
        if (targets != null && targets.kind() == SpecRun.Kind.REFUSED) {
            assertFalse(expected.reason().equals("-"), "refused even with every file its links name: a false alarm,"
                    + " unless docs/markdown.md explains it\n" + targets.diagnostics());
        }
        for (SpecRun.Outcome o : targets == null ? List.of(written) : List.of(written, targets)) {
            outcomeHolds(ex, o, expected);
        }
    }

    /** What each kind of result promises. */
    private static void outcomeHolds(SpecExamples.Example ex, SpecRun.Outcome o, Expected expected) {
        int lastLine = SpecRun.FRONT_MATTER_LINES + (int) ex.markdown().lines().count() + 1;
        switch (o.kind()) {
            case REFUSED -> {
                for (Diagnostic d : o.diagnostics()) {
                    if (!d.isError()) continue;
                    assertEquals("content/" + SpecRun.name(ex.number()) + ".md", d.path(), d.toString());
                    assertTrue(d.line() > SpecRun.FRONT_MATTER_LINES && d.line() <= lastLine,
                            "located in the example's own lines: " + d);
                    assertTrue(REFUSALS.contains(d.code().id()) || !expected.reason().equals("-"),
                            "a refusal for a reason a knowledge base has, or a listed difference: " + d);
                }
            }
            case CLEANED -> assertTrue(o.diagnostics().stream().anyMatch(d -> d.code() == Code.RAW_HTML_REMOVED
                            && d.line() > SpecRun.FRONT_MATTER_LINES && d.line() <= lastLine),
                    "cleaned raw HTML is reported at its line: " + o.diagnostics());
            case DIFFERS -> {
                assertTrue(o.asFlexmark(), "no worse than plain flexmark with Waymark's options\n--- got\n" + o.got()
                        + "\n--- flexmark\n" + o.flexmark());
                assertFalse(expected.reason().equals("-"), "a difference needs a reason from docs/markdown.md");
            }
            case MATCH -> { }
        }
    }

    /** docs/markdown.md states the counts of the list and names every difference with its examples. */
    @Test
    void theDocsStateTheListsCountsAndDifferences() throws IOException {
        Map<Integer, Expected> listed = read();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("examples", listed.size());
        counts.put("match the spec's HTML", count(listed, "match", "-"));
        counts.put("match once raw HTML is cleaned, with a WM215 warning", count(listed, "cleaned", "-"));
        counts.put("refused for a link to a missing file, and match once the file exists",
                (int) listed.values().stream().filter(e -> e.asWritten().equals("refused:WM201")
                        && (e.withTargets().equals("match") || e.withTargets().equals("cleaned"))).count());
        counts.put("refused for a missing anchor or a refused scheme",
                (int) listed.values().stream().filter(e -> e.asWritten().startsWith("refused:") && e.withTargets().equals("-")
                        && e.reason().equals("-")).count());
        counts.put("differ from the spec, each as plain flexmark does (listed below)",
                (int) listed.values().stream().filter(e -> !e.reason().equals("-")).count());
        int sum = 0;
        for (var c : counts.entrySet()) {
            Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(c.getKey()) + " \\| (\\d+) \\|$").matcher(doc);
            assertTrue(m.find(), "docs/markdown.md has a row '| " + c.getKey() + " | N |'");
            assertEquals(c.getValue(), Integer.parseInt(m.group(1)), c.getKey());
            if (!c.getKey().equals("examples")) sum += c.getValue();
        }
        assertEquals(listed.size(), sum, "the rows add up to every example");

        Map<String, Set<Integer>> byReason = new TreeMap<>();
        for (Expected e : listed.values()) {
            if (!e.reason().equals("-")) byReason.computeIfAbsent(e.reason(), k -> new TreeSet<>()).add(e.number());
        }
        Map<String, Set<Integer>> documented = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([0-9, ]+) \\|").matcher(doc);
        while (m.find()) {
            Set<Integer> numbers = new TreeSet<>();
            for (String n : m.group(2).split(",\\s*")) numbers.add(Integer.parseInt(n.strip()));
            documented.put(m.group(1), numbers);
        }
        assertEquals(byReason, documented, "docs/markdown.md lists each difference with exactly its examples");
    }

    private static int count(Map<Integer, Expected> listed, String asWritten, String reason) {
        return (int) listed.values().stream().filter(e -> e.asWritten().equals(asWritten) && e.reason().equals(reason)).count();
    }

    static Map<Integer, Expected> read() throws IOException {
        Map<Integer, Expected> out = new TreeMap<>();
        if (!Files.exists(LIST)) return out;
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\\s+");
            out.put(Integer.parseInt(f[0]), new Expected(Integer.parseInt(f[0]), f[1], f[2], f[3]));
        }
        return out;
    }

    /** Rewrites the list from the results, keeping each difference's reason ("unreviewed" for a new one). */
    private static Map<Integer, Expected> write(SpecRun.Results results, Map<Integer, Expected> old) throws IOException {
        Map<Integer, Expected> out = new TreeMap<>();
        List<String> lines = new ArrayList<>(List.of(
                "# The CommonMark 0.31.2 spec's examples, each built as a Waymark page: what it becomes.",
                "# Checked by CommonMarkSpecTest; rewrite with -Dwaymark.updateGolden=true and review the diff.",
                "# <example> <as written> <with its link targets in content/, when refused for missing files> <difference>",
                "#   match            the page's HTML is the spec's (compared as CommonMarkSpecTest says)",
                "#   cleaned          the spec's HTML once raw HTML is cleaned; the page has a WM215 warning",
                "#   refused:CODES    the build refuses it with these errors, located in the example",
                "#   differs          it differs from the spec exactly as plain flexmark does",
                "#   <difference>     the name under which docs/markdown.md explains it, or -"));
        for (var e : results.asWritten().entrySet()) {
            SpecRun.Outcome targets = results.withTargets().get(e.getKey());
            String withTargets = targets == null ? "-" : targets.label();
            boolean differs = e.getValue().kind() == SpecRun.Kind.DIFFERS
                    || targets != null && targets.kind() != SpecRun.Kind.MATCH && targets.kind() != SpecRun.Kind.CLEANED;
            Expected before = old.get(e.getKey());
            String reason = !differs ? "-" : before != null && !before.reason().equals("-") ? before.reason() : "unreviewed";
            Expected x = new Expected(e.getKey(), e.getValue().label(), withTargets, reason);
            out.put(e.getKey(), x);
            lines.add(x.line());
        }
        Files.createDirectories(LIST.getParent());
        Files.write(LIST, lines, StandardCharsets.UTF_8);
        return out;
    }
}
