package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass normaliser gives what splitting at '/' and collapsing "." and ".." gives. */
class OutputPathTest {
    @Test
    void examples() {
        assertEquals("a/b/d", OutputPath.normalize("a/./b//c/../d"));
        assertEquals("", OutputPath.normalize("a/.."));
        assertEquals(null, OutputPath.normalize("a/../.."));
        assertEquals("guides/b/index.html", OutputPath.resolve("guides/a/index.html", "../b/index.html"));
        assertEquals("index.html", OutputPath.resolve("index.html", "./index.html"));
        assertEquals(null, OutputPath.resolve("a/index.html", "/index.html"));
        assertEquals(null, OutputPath.resolve("a/index.html", "../../x"));
    }

    @Test
    void agreesWithSplittingOnRandomPaths() {
        Random random = new Random(12);
        String[] parts = {"a", "bc", ".", "..", "/", "/", "...", ".a", "a."};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder folder = new StringBuilder();
            StringBuilder path = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) folder.append(parts[random.nextInt(parts.length)]);
            for (int k = random.nextInt(8); k > 0; k--) path.append(parts[random.nextInt(parts.length)]);
            String f = folder.toString();
            String p = path.toString();
            assertEquals(bySplitting(f + p), OutputPath.normalize(f, p), f + " + " + p);
        }
    }

    private static String bySplitting(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
