package org.waymark.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@link LinkDigest} of the last site a build verified with every link resolved, in a file
 * beside its scan store ({@code .site.links} beside {@code .site.scans}), with the code that
 * wrote it. A build whose site digests the same has nothing new to follow. A missing, damaged or
 * foreign file only means that every link is followed.
 */
final class PassedLinks {
    private final Path file;
    private final String record;

    /** The record beside the scan store {@code scans}, for the code its {@code header} names. */
    PassedLinks(Path scans, String header) {
        String name = scans.getFileName().toString();
        this.file = scans.resolveSibling((name.endsWith(".scans") ? name.substring(0, name.length() - 6) : name) + ".links");
        this.record = "links 1|" + header + "|";
    }

    /** Whether the last site whose every link resolved had links digest {@code digest}. */
    boolean had(long digest) {
        try {
            return Files.readString(file).equals(record + Long.toHexString(digest) + "\n");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Records that every link of the site with links digest {@code digest} resolved. Nothing is reported when it cannot be written. */
    void record(long digest) {
        FileSwap.write(file, (record + Long.toHexString(digest) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
