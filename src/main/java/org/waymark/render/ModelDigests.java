package org.waymark.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.waymark.output.PageDigest;

/**
 * Digests of page models ({@link PageDigest}): the template's name, the page's path and the model,
 * written out whole with a tag and a length before each value, after a seed that holds the rest
 * of what a page's bytes depend on (every file of the project's templates/, the base URL, the
 * JVM's locale and time zone; the code itself is the scan store's key). Strings (as UTF-8),
 * numbers, booleans, enums, lists, maps and records are written, and {@link LazyMarkup} by its
 * key, without making it; a model holding any other value
 * (a function, a bean) has no digest, and its page is written every time. A map whose order is
 * not its own (Map.of's changes from one run to the next) is written in the order of its keys.
 *
 * <p>The digest is CRC-32 and CRC-32C of those bytes side by side: 64 bits, so a changed model
 * keeps its digest about once in 2^64 changes. The processor computes both; MD5 (which the
 * launcher's client compiler runs as plain Java) made digesting the benchmark's 11,158 page
 * models take 1.0 s of CPU, two thirds of the 1.5 s their templates take, and these take 0.43 s.
 * No author gains anything by forging a digest of their own page.
 */
final class ModelDigests {
    private final long seed;

    private ModelDigests(long seed) {
        this.seed = seed;
    }

    /** What every page's bytes depend on besides its model: templates/, the base URL, locale and time zone. */
    long seed() {
        return seed;
    }

    static ModelDigests of(Path templatesDir, String baseUrl) throws IOException {
        DigestWriter w = new DigestWriter();
        w.string(baseUrl == null ? "\0" : baseUrl);
        w.string(Locale.getDefault().toLanguageTag());
        w.string(TimeZone.getDefault().getID());
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            try (Stream<Path> walk = Files.walk(templatesDir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    w.string(templatesDir.relativize(p).toString());
                    byte[] bytes = Files.readAllBytes(p);
                    w.i32(bytes.length);
                    w.bytes(bytes);
                }
            }
        }
        return new ModelDigests(w.finish());
    }

    /**
     * The digest of the page at {@code outputFile} that {@code template} writes from {@code model};
     * null when the model holds a value it cannot write.
     */
    PageDigest of(String template, String outputFile, Map<String, Object> model) {
        DigestWriter w = new DigestWriter();
        w.i64(seed);
        w.string(template);
        w.string(outputFile);
        return w.value(model) ? new PageDigest(w.finish()) : null;
    }
}
