package org.waymark.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CommonMark spec's examples, read from the {@code spec.txt} that commonmark-java's
 * test-util jar ships (CommonMark 0.31.2, 652 examples). In the spec a tab is written as
 * {@code →}; here it is a tab again.
 */
public final class SpecExamples {
    private static final String FENCE = "`".repeat(32);

    /** One example: its number (1-based, as the spec numbers them), section, Markdown and expected HTML. */
    public record Example(int number, String section, String markdown, String html) {}

    private SpecExamples() {}

    public static List<Example> all() {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/spec.txt")) {
            if (in == null) throw new IllegalStateException("spec.txt is not on the test class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of a text in the spec's format (example fences, the HTML after a line with a dot). */
    public static List<Example> parse(String spec) {
        List<Example> out = new ArrayList<>();
        String section = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith("#")) section = line.replaceFirst("^#+\\s*", "");
                if (line.equals(FENCE + " example")) markdown = new StringBuilder();
            } else if (html == null) {
                if (line.equals(".")) html = new StringBuilder();
                else markdown.append(line).append('\n');
            } else if (line.equals(FENCE)) {
                out.add(new Example(out.size() + 1, section, tabs(markdown), tabs(html)));
                markdown = null;
                html = null;
            } else {
                html.append(line).append('\n');
            }
        }
        return List.copyOf(out);
    }

    private static String tabs(StringBuilder b) {
        return b.toString().replace('\u2192', '\t');
    }
}
