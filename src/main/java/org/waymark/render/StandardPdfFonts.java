package org.waymark.render;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What PDFBox is told to draw a font with that a PDF names but does not embed ({@code
 * FontMappers}). openhtmltopdf makes the 14 standard PDF fonts for every document, and for
 * each PDFBox's own mapper looks for a system font to stand in: the first time, it reads every
 * font file on the machine and keeps what it found in {@code ~/.pdfbox.cache}, a file outside
 * the project, and a build's time then grew with the fonts installed. No PDF of Waymark's draws
 * with them (its text is set in embedded fonts, and a standard font's widths come from its
 * metrics file, not from the stand-in), so the built-in face this thread already parsed stands
 * in for every one, and nothing on the machine is looked at.
 */
final class StandardPdfFonts implements FontMapper {
    private static TrueTypeFont standIn() {
        return PdfFonts.builtInFace();
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, standIn(), true);
    }
}
