package org.waymark.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which code loaded the content: a file's load result kept by one version of Waymark (or of
 * its Markdown or YAML parser) is not used by another. Named by what the jar each part's
 * classes were loaded from holds, so a rebuilt jar never reads its predecessor's results.
 */
final class CodeIdentity {
    private CodeIdentity() {}

    // Reading the jar's directory costs tens of milliseconds in a fresh JVM: a load starts it on a
    // thread of its own (prepare) while it scans content/, and waits for it only to open a store.
    private static final java.util.concurrent.FutureTask<String> KNOWN = new java.util.concurrent.FutureTask<>(() -> {
        StringBuilder b = new StringBuilder("load-store 1");
        Set<String> seen = new HashSet<>();  // one jar holds all three in the launcher's case
        for (Class<?> c : new Class<?>[] {CodeIdentity.class, com.vladsch.flexmark.parser.Parser.class,
                org.yaml.snakeyaml.LoaderOptions.class}) {
            String where = String.valueOf(c.getProtectionDomain().getCodeSource().getLocation());
            if (seen.add(where)) b.append('|').append(of(c));
        }
        return b.toString();
    });
    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts naming the running code, once per process, on a daemon thread. */
    static void prepare() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(KNOWN, "code identity");
        t.setDaemon(true);
        t.start();
    }

    /** The running code's name. */
    static String current() {
        prepare();
        try {
            return KNOWN.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown " + System.nanoTime();
        } catch (java.util.concurrent.ExecutionException e) {
            return "unknown " + System.nanoTime();
        }
    }

    private static String of(Class<?> c) {
        try {
            return of(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // unknown code: a value no stored file has, so nothing stored is used
            return "unknown " + System.nanoTime();
        }
    }

    /**
     * A jar by what it holds: each entry's name, size and CRC-32 (from its central directory,
     * without reading the entries), so the same version installed again, or restored by a CI
     * cache, is the same code. A folder of classes (tests, an IDE) by how many files it holds
     * and the newest.
     */
    static String of(Path where) {
        try {
            if (!Files.isDirectory(where)) {
                MessageDigest md = MessageDigest.getInstance("MD5");
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    var entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        md.update((e.getName() + " " + e.getSize() + " " + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                return "jar " + HexFormat.of().formatHex(md.digest());
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
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
    }
}
