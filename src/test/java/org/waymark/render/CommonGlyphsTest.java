package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The cuts of the built-in font that PDFs draw Western text with: every character they are
 * meant to hold keeps the glyph width of the whole font (so a line breaks where it did), other
 * scripts are left to the whole font, a cut is the same bytes every time, and the jar holds
 * exactly these cuts.
 */
class CommonGlyphsTest {
    @Test
    void westernCharactersKeepTheirWidthsAndOtherScriptsAreLeftOut() throws IOException {
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            byte[] whole = font(file);
            try (TrueTypeFont all = parse(whole); TrueTypeFont cut = parse(CommonGlyphs.of(whole))) {
                CmapLookup allMap = all.getUnicodeCmapLookup(), cutMap = cut.getUnicodeCmapLookup();
                String western = "AZaz09 ÄÖÜßàéîõçñÆØŁłŒœŠšŸŽž€™–—‘’“”•…‰←→−✓✗☐";
                western.codePoints().forEach(c -> {
                    int g = cutMap.getGlyphId(c);
                    assertTrue(g > 0, file + " cut lacks U+" + Integer.toHexString(c));
                    assertEquals(width(all, allMap.getGlyphId(c)), width(cut, g), file + " width of U+" + Integer.toHexString(c));
                });
                "ДжΩλאא".codePoints().forEach(c -> assertEquals(0, cutMap.getGlyphId(c), "U+" + Integer.toHexString(c)));
                assertTrue(cut.getNumberOfGlyphs() * 8 < all.getNumberOfGlyphs(),
                        cut.getNumberOfGlyphs() + " of " + all.getNumberOfGlyphs() + " glyphs");
            }
        }
    }

    /** No table of the whole font that names its glyphs by number survives into a cut: its numbers differ. */
    @Test
    void aCutCarriesNoTableThatNumbersTheWholeFontsGlyphs() throws IOException {
        for (String file : new String[] {"DejaVuSans-Common.ttf", "DejaVuSans-Bold-Common.ttf"}) {
            try (TrueTypeFont cut = parse(font(file))) {
                for (String table : new String[] {"GSUB", "GPOS", "GDEF", "kern", "MATH"}) {
                    assertEquals(null, cut.getTableMap().get(table), file + " keeps " + table);
                }
                assertEquals(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND, cut.getGsubData(), file);
            }
        }
    }

    @Test
    void theCutIsTheSameBytesEachTime() throws IOException {
        byte[] whole = font("DejaVuSans.ttf");
        assertArrayEquals(CommonGlyphs.of(whole), CommonGlyphs.of(whole));
    }

    /** The cuts in the jar are the ones made here (-Dwaymark.updateGolden=true writes them). */
    @Test
    void theJarHoldsTheseCuts() throws IOException {
        for (String name : new String[] {"DejaVuSans", "DejaVuSans-Bold"}) {
            byte[] cut = CommonGlyphs.of(font(name + ".ttf"));
            String file = name + "-Common.ttf";
            if (Boolean.getBoolean("waymark.updateGolden")) {
                Files.write(Path.of("src/main/resources/waymark/fonts", file), cut);
                continue;
            }
            assertArrayEquals(cut, font(file), file + " is not the cut of " + name
                    + ".ttf: run the tests with -Dwaymark.updateGolden=true");
        }
    }

    private static int width(TrueTypeFont f, int glyph) {
        try {
            return f.getAdvanceWidth(glyph);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static byte[] font(String file) throws IOException {
        try (InputStream in = CommonGlyphsTest.class.getResourceAsStream("/waymark/fonts/" + file)) {
            if (in == null) throw new java.io.FileNotFoundException("waymark/fonts/" + file);
            return in.readAllBytes();
        }
    }
}
