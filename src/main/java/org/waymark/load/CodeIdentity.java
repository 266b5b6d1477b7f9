package org.waymark.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which code loaded the content: a file's load result kept by one version of Waymark (or of
 * its Markdown or YAML parser) is not used by another. Named by where each part's classes were
 * loaded from, with its size and modification time (for a folder of classes, as in tests: how
 * many files it holds and the newest), so a rebuilt jar never reads its predecessor's results.
 */
final class CodeIdentity {
    private CodeIdentity() {}

    private static volatile String known;

    static String current() {
        String id = known;
        if (id == null) {
            StringBuilder b = new StringBuilder("load-store 1");
            for (Class<?> c : new Class<?>[] {CodeIdentity.class, com.vladsch.flexmark.parser.Parser.class,
                    org.yaml.snakeyaml.LoaderOptions.class}) {
                b.append('|').append(of(c));
            }
            known = id = b.toString();
        }
        return id;
    }

    private static String of(Class<?> c) {
        try {
            Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return where + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            long count = 0;
            long newest = 0;
            try (Stream<Path> all = Files.walk(where)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    count++;
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            }
            return where + " " + count + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown code: a value no stored file has, so nothing stored is used
            return "unknown " + System.nanoTime();
        }
    }
}
