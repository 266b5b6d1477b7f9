package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The built-in font's coverage in the jar ({@link FontCoverage}) is its character map's: every
 * character the font draws, and none it lacks. -Dwaymark.updateGolden=true writes it again.
 */
class FontCoverageTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontCoverageTest.class.getResourceAsStream("/waymark/fonts/" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    @Test
    void theJarHoldsTheFontsOwnCoverage() throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(resource("DejaVuSans.ttf")))) {
            String ranges = FontCoverage.ranges(font.getUnicodeCmapLookup(false));
            if (Boolean.getBoolean("waymark.updateGolden")) {
                Files.writeString(Path.of("src/main/resources/waymark/fonts/DejaVuSans.coverage"), ranges);
                return;
            }
            assertEquals(ranges, new String(resource("DejaVuSans.coverage"), StandardCharsets.US_ASCII),
                    "DejaVuSans.coverage is not the font's: run the tests with -Dwaymark.updateGolden=true");
        }
    }

    @Test
    void everyCharacterIsCoveredExactlyWhenTheFontHasAGlyphForIt() throws IOException {
        FontCoverage coverage = FontCoverage.builtIn("DejaVuSans.coverage");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(resource("DejaVuSans.ttf")))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            int covered = 0;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                boolean has = cmap.getGlyphId(cp) > 0;
                assertEquals(has, coverage.has(cp), "U+" + Integer.toHexString(cp));
                covered += has ? 1 : 0;
            }
            assertTrue(covered > 5000, covered + " characters");
        }
        assertTrue(coverage.has('A') && coverage.has('Ж') && coverage.has('✓'));
        assertFalse(coverage.has('あ'), "no Japanese in DejaVu Sans: a project font is needed");
    }
}
