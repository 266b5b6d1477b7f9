package org.waymark.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How the jar's cuts of DejaVu Sans (waymark/fonts/DejaVuSans-Common.ttf and
 * DejaVuSans-Bold-Common.ttf, which PDFs draw Western text with, see PdfFonts) are made: the
 * glyphs of Latin letters, punctuation, currency, arrows and check marks, a few hundred of the
 * font's six thousand. The characters are fixed, never taken from content, so one page's text
 * never changes another page's PDF. CommonGlyphsTest checks that the jar's files are these
 * cuts, and writes them with -Dwaymark.updateGolden=true.
 */
final class CommonGlyphs {
    private static final int[][] RANGES = {
        {0x0020, 0x007E}, // Basic Latin
        {0x00A0, 0x017F}, // Latin-1 Supplement, Latin Extended-A
        {0x0192, 0x0192}, {0x02C6, 0x02DD}, // ƒ and spacing accents (Windows-1252)
        {0x2010, 0x2027}, {0x2030, 0x203A}, {0x2044, 0x2044}, // dashes, quotes, bullets, ‰
        {0x20AC, 0x20AC}, {0x2122, 0x2122}, {0x2190, 0x2195}, {0x2212, 0x2212}, // € ™ arrows −
        {0x2610, 0x2612}, {0x2713, 0x2718}, // ballot boxes, check marks and crosses
    };

    /*
     * The tables a cut keeps: those the subsetter renumbers, and those that name no glyph. It
     * would copy the rest as they are (GSUB, GPOS, GDEF, kern, MATH), still naming glyphs by
     * their numbers in the whole font: PDFBox then applied the whole font's ligatures to the cut,
     * and "hn" or "hh" in a checklist became glyph 5041 of 418, which failed the build.
     */
    private static final java.util.List<String> TABLES = java.util.List.of(
            "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    private CommonGlyphs() {}

    /** The TrueType file of {@code font}'s glyphs for the characters above (with the glyphs they build on). */
    static byte[] of(byte[] font) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            TreeSet<Integer> chars = new TreeSet<>();
            for (int[] r : RANGES) for (int c = r[0]; c <= r[1]; c++) chars.add(c);
            TTFSubsetter subset = new TTFSubsetter(ttf, TABLES);
            subset.addAll(chars);
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 8);
            subset.writeToStream(out);
            ttf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
