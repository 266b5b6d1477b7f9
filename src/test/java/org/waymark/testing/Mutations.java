package org.waymark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Damaged copies of real files: cut short, bytes flipped, line ends changed. Deterministic given a Random. */
public final class Mutations {
    /** Bytes that matter to the parsers, and bytes that are not UTF-8 at all. */
    private static final byte[] NASTY = {0, (byte) 0xFF, (byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xF4, '\n',
            '\r', '\t', ':', '-', '[', ']', '{', '}', '"', '\'', '&', '*', '!', '|', '>', '#', '`', '<', ' ', '%', '@'};

    private Mutations() {}

    /** {@code text} cut at {@code count} offsets spread over the file, plus the empty cut. */
    public static Map<Integer, byte[]> truncations(byte[] bytes, int count) {
        Map<Integer, byte[]> cuts = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int at = (int) ((long) bytes.length * i / count);
            cuts.put(at, Arrays.copyOf(bytes, at));
        }
        return cuts;
    }

    /** A copy with 1 to 4 bytes replaced, half of them by a byte the parsers care about. */
    public static byte[] flipped(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        if (copy.length == 0) return new byte[] {NASTY[random.nextInt(NASTY.length)]};
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)] : (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Every bare LF made CRLF, byte by byte, so that invalid UTF-8 stays exactly as invalid. */
    public static byte[] crlf(byte[] lf) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(lf.length + lf.length / 16);
        for (int i = 0; i < lf.length; i++) {
            if (lf[i] == '\n' && (i == 0 || lf[i - 1] != '\r')) out.write('\r');
            out.write(lf[i]);
        }
        return out.toByteArray();
    }

    /** Every file under {@code project}, keyed by its path relative to it ("content/index.md"). */
    public static Map<String, byte[]> files(Path project) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String top : new String[] {"content", "templates"}) {
            if (!Files.isDirectory(project.resolve(top))) continue;
            try (Stream<Path> walk = Files.walk(project.resolve(top))) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(project.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** "content/a/b.md" -> "content/a/b-tag.md": a sibling, so relative links keep their meaning. */
    public static String sibling(String path, String tag) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "-" + tag + path.substring(dot);
    }

    public static boolean isText(String path) {
        return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
