package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * One file of a site held in memory ({@link MemoryOutput}): bytes the build wrote, or a file
 * of content/ published as it is, kept as a reference with its size and time so that a change
 * to it shows as a different value without its bytes being read.
 */
public sealed interface OutputFile {
    byte[] bytes() throws IOException;

    /** Bytes written by the render stage; equal when their bytes are. */
    record Written(byte[] content) implements OutputFile {
        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Written w && Arrays.equals(w.content, content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Written[" + content.length + " bytes]";
        }
    }

    /** A file of content/ published as it is; read when asked for. */
    record Copied(Path from, long size, long modifiedNanos, Object fileKey) implements OutputFile {
        static Copied of(Path from) throws IOException {
            BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class);
            return new Copied(from, a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    a.fileKey());
        }

        @Override
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(from);
        }
    }
}
