package org.waymark.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.waymark.diagnostic.Code;

/**
 * The rule pages (docs/rules/*.md), packaged in the jar under waymark/rules/, so that
 * {@code waymark check --explain CODE} works offline and matches the version that reported it.
 */
public final class RuleDocs {
    static final String FOLDER = "/waymark/rules/";

    private RuleDocs() {}

    /** The page of a code, by id ({@code WM201}) or slug ({@code broken-link}), any letter case. */
    public static Optional<String> page(String idOrSlug) {
        return Code.find(idOrSlug.strip()).flatMap(c -> read(c.id() + ".md"));
    }

    /** The table of all codes (docs/rules/README.md). */
    public static Optional<String> index() {
        return read("README.md");
    }

    private static Optional<String> read(String name) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
