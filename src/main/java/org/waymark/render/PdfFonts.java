package org.waymark.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.waymark.model.FontFile;

/**
 * The fonts a PDF is drawn with: DejaVu Sans from the jar (Latin, Greek, Cyrillic and more),
 * then each project font that site.yaml names, tried in order for any character the ones
 * before it lack. openhtmltopdf prints '#' for a character no font has, so {@link #covers}
 * lets the checks warn first.
 */
public final class PdfFonts {
    private static final String BUILT_IN = "Waymark Sans";
    private static final Face REGULAR = builtIn("DejaVuSans.ttf");
    private static final Face BOLD = builtIn("DejaVuSans-Bold.ttf");

    /** A font file's bytes and its character map. */
    private record Face(byte[] bytes, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** A project font that could not be used, and why. */
    public record Unusable(FontFile font, String reason) {}

    private final List<Face> extra;
    private final List<Unusable> unusable;

    private PdfFonts(List<Face> extra, List<Unusable> unusable) {
        this.extra = extra;
        this.unusable = unusable;
    }

    /** The built-in font and the project's fonts; {@code projectDir} holds content/. */
    public static PdfFonts of(Path projectDir, List<FontFile> fonts) {
        List<Face> extra = new ArrayList<>();
        List<Unusable> unusable = new ArrayList<>();
        for (FontFile f : fonts) {
            Path file = projectDir.resolve(f.path()).normalize();
            if (!file.startsWith(projectDir.normalize()) || !Files.isRegularFile(file)) {
                unusable.add(new Unusable(f, "there is no file " + f.path() + " in the project"));
                continue;
            }
            try {
                extra.add(face(Files.readAllBytes(file)));
            } catch (IOException | RuntimeException e) {
                // fontbox reports a malformed font in several unchecked ways
                unusable.add(new Unusable(f, f.path() + " is not a TrueType font that can be read"));
            }
        }
        return new PdfFonts(List.copyOf(extra), List.copyOf(unusable));
    }

    public List<Unusable> unusable() {
        return unusable;
    }

    /** Whether some font draws {@code codePoint}; spaces and invisible marks need none. */
    public boolean covers(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) return true;
        if (REGULAR.has(codePoint)) return true;
        for (Face f : extra) if (f.has(codePoint)) return true;
        return false;
    }

    /** The CSS font-family list that names every font, the built-in one first. */
    String cssFamily() {
        StringJoiner families = new StringJoiner(", ");
        families.add("\"" + BUILT_IN + "\"");
        for (int i = 1; i <= extra.size(); i++) families.add("\"Waymark Extra " + i + "\"");
        return families.toString();
    }

    /** Gives openhtmltopdf every font, each embedded as a subset of the glyphs used. */
    void register(PdfRendererBuilder builder) {
        builder.useFont(REGULAR::open, BUILT_IN, 400, FontStyle.NORMAL, true);
        builder.useFont(BOLD::open, BUILT_IN, 700, FontStyle.NORMAL, true);
        for (int i = 0; i < extra.size(); i++) {
            builder.useFont(extra.get(i)::open, "Waymark Extra " + (i + 1), 400, FontStyle.NORMAL, true);
        }
    }

    private static Face builtIn(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/waymark/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("the jar lacks waymark/fonts/" + file);
            return face(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Face face(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Face(bytes, font.getUnicodeCmapLookup(false)); // null when the font maps no Unicode at all
    }
}
