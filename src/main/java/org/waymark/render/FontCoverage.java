package org.waymark.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * The characters a font has a glyph for, as ranges of code points. The built-in font's ship in
 * the jar beside it ({@code DejaVuSans.coverage}, kept in step by FontCoverageTest), so that
 * the check stage can tell which characters a PDF can print without parsing the 740 KB font:
 * that took 60 to 90 ms of a 10,000-page rebuild's check stage, whose PDFs are all kept.
 */
final class FontCoverage {
    /** First and last code point of each range, ascending: starts at even, ends at odd indexes. */
    private final int[] bounds;

    private FontCoverage(int[] bounds) {
        this.bounds = bounds;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean has(int codePoint) {
        int lo = 0;
        int hi = bounds.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < bounds[2 * mid]) hi = mid - 1;
            else if (codePoint > bounds[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /** The coverage kept in the jar as {@code /waymark/fonts/<name>}: a range a line, "0020-007E". */
    static FontCoverage builtIn(String name) {
        try (InputStream in = FontCoverage.class.getResourceAsStream("/waymark/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks waymark/fonts/" + name);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            int[] bounds = new int[2 * lines.length];
            for (int i = 0; i < lines.length; i++) {
                int dash = lines[i].indexOf('-');
                bounds[2 * i] = Integer.parseInt(lines[i], 0, dash, 16);
                bounds[2 * i + 1] = Integer.parseInt(lines[i], dash + 1, lines[i].length(), 16);
            }
            return new FontCoverage(bounds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ranges of {@code cmap}'s characters, written as {@link #builtIn} reads them. */
    static String ranges(CmapLookup cmap) {
        StringBuilder out = new StringBuilder();
        int start = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            boolean has = cp <= Character.MAX_CODE_POINT && cmap.getGlyphId(cp) > 0;
            if (has && start < 0) start = cp;
            if (!has && start >= 0) {
                out.append(String.format("%04X-%04X", start, cp - 1)).append('\n');
                start = -1;
            }
        }
        return out.toString();
    }
}
