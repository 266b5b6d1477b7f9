package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Severity;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * docs/rules/: one page per code, and every page's Wrong example really reports its code
 * while its Right example does not. The examples are built through the full pipeline.
 */
class RuleDocsTest {
    static final Path RULES = Projects.repo().resolve("docs/rules");

    /**
     * Codes whose page explains in prose only, because content written as text cannot trigger
     * them (invalid bytes, a 4 MiB file, a symbolic link) or because the
     * check that reports them is not on this branch (WM330 comes with `waymark paths`).
     */
    static final Set<Code> PROSE_ONLY = Set.of(Code.INVALID_UTF8, Code.FILE_TOO_LARGE,
            Code.SYMLINK_OUTSIDE);

    private static final Pattern TITLE = Pattern.compile("\\A# (WM\\d{3}) ([a-z0-9-]+)\\n");
    private static final Pattern SEVERITY = Pattern.compile("(?m)^Default severity: \\*\\*(error|warning)\\*\\*");
    private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");
    private static final Pattern FILE = Pattern.compile("(?:^|\\s)file=(\\S+)");

    record Example(Map<String, String> files) {}

    @Test
    void everyCodeHasAPageAndARowInTheIndex() throws IOException {
        String index = Files.readString(RULES.resolve("README.md"), StandardCharsets.UTF_8);
        for (Code c : Code.values()) {
            assertTrue(Files.isRegularFile(RULES.resolve(c.id() + ".md")), "no docs/rules/" + c.id() + ".md");
            String row = "| [" + c.id() + "](" + c.id() + ".md) | " + c.slug() + " | "
                    + c.defaultSeverity().name().toLowerCase(Locale.ROOT) + " | ";
            assertTrue(index.contains(row), "README.md has no row starting " + row);
        }
    }

    @Test
    void noPageForACodeThatDoesNotExist() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.equals("README.md")) continue;
                assertTrue(name.endsWith(".md") && Code.find(name.replace(".md", "")).isPresent(),
                        "docs/rules/" + name + " names no code");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageNamesItsCodeAndItsExamplesHold() {
        return Stream.of(Code.values()).map(c -> DynamicTest.dynamicTest(c.id() + " " + c.slug(), () -> page(c)));
    }

    private static void page(Code code) throws IOException {
        String text = Files.readString(RULES.resolve(code.id() + ".md"), StandardCharsets.UTF_8);
        Matcher title = TITLE.matcher(text);
        assertTrue(title.find(), code.id() + ": the page must start with '# " + code.id() + " " + code.slug() + "'");
        assertEquals(code.id() + " " + code.slug(), title.group(1) + " " + title.group(2), "title");
        Matcher severity = SEVERITY.matcher(text);
        assertTrue(severity.find(), code.id() + ": no 'Default severity: **…**' line");
        Severity stated = Severity.valueOf(severity.group(1).toUpperCase(Locale.ROOT));
        assertEquals(code.defaultSeverity(), stated, code.id() + ": the page states another severity");

        List<Example> wrong = examples(text, "Wrong");
        List<Example> right = examples(text, "Right");
        if (PROSE_ONLY.contains(code)) {
            assertTrue(wrong.isEmpty() && right.isEmpty(), code.id() + " is listed as prose-only but has examples;"
                    + " take it off PROSE_ONLY");
            assertTrue(text.contains("\n## Example"), code.id() + ": a prose-only page needs '## Example'");
            return;
        }
        assertFalse(wrong.isEmpty(), code.id() + ": no '## Wrong' example with file= blocks");
        assertFalse(right.isEmpty(), code.id() + ": no '## Right' example with file= blocks");
        for (Example e : wrong) {
            Pipeline.Result r = run(e);
            String report = Projects.human(r);
            assertTrue(r.report().diagnostics().stream().anyMatch(d -> d.code() == code && d.severity() == stated),
                    code.id() + ": the Wrong example does not report " + code.id() + " as " + stated + ":\n" + report);
            // An example shows one mistake: any other error would blur what the page teaches.
            assertTrue(r.report().diagnostics().stream().noneMatch(d -> d.isError() && d.code() != code),
                    code.id() + ": the Wrong example has other errors too:\n" + report);
        }
        for (Example e : right) {
            Pipeline.Result r = run(e);
            String report = Projects.human(r);
            assertTrue(r.report().diagnostics().stream().noneMatch(d -> d.code() == code),
                    code.id() + ": the Right example still reports " + code.id() + ":\n" + report);
            assertTrue(r.ok(), code.id() + ": the Right example has errors:\n" + report);
        }
    }

    private static Pipeline.Result run(Example e) throws IOException {
        Path dir = Scratch.dir("wm-rule-doc");
        Projects.write(dir, e.files());
        return Projects.check(dir);
    }

    /**
     * The examples under a {@code ## Wrong} or {@code ## Right} heading: each fenced block whose
     * info string holds {@code file=PATH} is one file; a {@code ###} heading starts another example.
     */
    static List<Example> examples(String page, String heading) {
        List<Example> out = new ArrayList<>();
        Map<String, String> files = null;
        boolean inSection = false;
        String[] lines = page.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String ticks = fence.group(1);
                StringBuilder body = new StringBuilder();
                int j = i + 1;
                while (j < lines.length && !(lines[j].startsWith(ticks) && lines[j].strip().matches("`{3,}"))) {
                    body.append(lines[j]).append('\n');
                    j++;
                }
                if (j == lines.length) fail("an unclosed code fence at line " + (i + 1));
                Matcher file = FILE.matcher(fence.group(2));
                if (inSection && file.find()) {
                    assertTrue(!file.group(1).startsWith("/") && !file.group(1).contains(".."),
                            "an example writes only inside its project: " + file.group(1));
                    if (files == null) files = new LinkedHashMap<>();
                    if (files.put(file.group(1), body.toString()) != null) fail("file=" + file.group(1) + " twice");
                }
                i = j;
            } else if (line.startsWith("## ") || line.startsWith("### ")) {
                if (files != null) out.add(new Example(files));
                files = null;
                if (line.startsWith("## ")) inSection = line.strip().equals("## " + heading);
            }
        }
        if (files != null) out.add(new Example(files));
        return out;
    }
}
