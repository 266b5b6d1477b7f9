package org.waymark.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.waymark.model.FontFile;

/**
 * The fonts a PDF is drawn with: DejaVu Sans from the jar (Latin, Greek, Cyrillic and more),
 * then each project font that site.yaml names, tried in order for any character the ones
 * before it lack. openhtmltopdf prints '#' for a character no font has, so {@link #covers}
 * lets the checks warn first.
 */
public final class PdfFonts {
    private static final String BUILT_IN = "Waymark Sans";
    /** The whole built-in font, after the common cut in every family list. */
    private static final String BUILT_IN_ALL = "Waymark Sans All";
    /** The characters of the whole built-in font, known without parsing it ({@link FontCoverage}). */
    private static final FontCoverage BUILT_IN_COVERAGE = FontCoverage.builtIn("DejaVuSans.coverage");

    /** The built-in faces, read from the jar when the first PDF is drawn: checking needs only their coverage. */
    private static final class BuiltIn {
        private static final Face REGULAR = builtIn("DejaVuSans.ttf");
        private static final Face BOLD = builtIn("DejaVuSans-Bold.ttf");
        /*
         * DejaVu Sans cut down to the glyphs of Western text (Latin, punctuation, currency, arrows,
         * check marks: 418 of its 6,253 glyphs), drawn with first. PDFBox builds a width table over
         * every glyph of a font for each PDF that embeds it, so a PDF of Western text now pays for
         * the small font only. The cuts ship in the jar (made by the test class CommonGlyphs, which
         * keeps them in step): making them at start-up cost a quarter of a second of CPU.
         */
        private static final Face REGULAR_COMMON = builtIn("DejaVuSans-Common.ttf");
        private static final Face BOLD_COMMON = builtIn("DejaVuSans-Bold-Common.ttf");
    }

    /**
     * A font file's bytes and its character map. Parsing a TrueType file was most of the cost
     * of a PDF (every PDF parsed every font again), so each thread parses it once and keeps
     * it: fontbox's TrueTypeFont reads its tables lazily from one shared stream and is not
     * safe to share between threads, while PDFs are drawn in parallel.
     */
    private record Face(byte[] bytes, CmapLookup cmap, ThreadLocal<TrueTypeFont> parsed) {
        Face(byte[] bytes, CmapLookup cmap) {
            this(bytes, cmap, ThreadLocal.withInitial(() -> parse(bytes)));
        }

        boolean has(int codePoint) {
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        }

        /** The font for one document, embedded as a subset; the parsed file stays open for the next. */
        PDFont load(PDDocument doc) {
            try {
                return PDType0Font.load(doc, parsed.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TrueTypeFont parse(byte[] bytes) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The built-in face of Western text, as this thread parsed it (for {@link StandardPdfFonts}). */
    static TrueTypeFont builtInFace() {
        return BuiltIn.REGULAR_COMMON.parsed().get();
    }

    /** A project font that could not be used, and why. */
    public record Unusable(FontFile font, String reason) {}

    private final List<Face> extra;
    private final List<Unusable> unusable;
    private final String fingerprint;
    private final FontMetricsCache metrics = new FontMetricsCache();

    private PdfFonts(List<Face> extra, List<Unusable> unusable) {
        this.extra = extra;
        this.unusable = unusable;
        this.fingerprint = fingerprint(extra);
    }

    /** The project's fonts, as a digest of their bytes (the built-in ones come with the code): part of a {@link PdfKey}. */
    String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(List<Face> faces) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (Face f : faces) md5.update(MessageDigest.getInstance("MD5").digest(f.bytes()));
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
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
        if (BUILT_IN_COVERAGE.has(codePoint)) return true;
        for (Face f : extra) if (f.has(codePoint)) return true;
        return false;
    }

    /** The CSS font-family list that names every font, the built-in one first. */
    String cssFamily() {
        StringJoiner families = new StringJoiner(", ");
        families.add("\"" + BUILT_IN + "\"");
        families.add("\"" + BUILT_IN_ALL + "\"");
        for (int i = 1; i <= extra.size(); i++) families.add("\"Waymark Extra " + i + "\"");
        return families.toString();
    }

    /**
     * Gives openhtmltopdf every font for {@code doc} (the document it draws into), each
     * embedded as a subset of the glyphs used. openhtmltopdf asks for a font only when text
     * uses it, as it would read a font file only then.
     */
    void register(PdfRendererBuilder builder, PDDocument doc) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.useFont(new Lazy(BuiltIn.REGULAR_COMMON, doc), BUILT_IN, 400, FontStyle.NORMAL, true);
        builder.useFont(new Lazy(BuiltIn.BOLD_COMMON, doc), BUILT_IN, 700, FontStyle.NORMAL, true);
        builder.useFont(new Lazy(BuiltIn.REGULAR, doc), BUILT_IN_ALL, 400, FontStyle.NORMAL, true);
        builder.useFont(new Lazy(BuiltIn.BOLD, doc), BUILT_IN_ALL, 700, FontStyle.NORMAL, true);
        for (int i = 0; i < extra.size(); i++) {
            builder.useFont(new Lazy(extra.get(i), doc), "Waymark Extra " + (i + 1), 400, FontStyle.NORMAL, true);
        }
    }

    /** A face loaded into a document when openhtmltopdf first asks for it. */
    private static final class Lazy extends PDFontSupplier {
        private final Face face;
        private final PDDocument doc;

        Lazy(Face face, PDDocument doc) {
            super(null);
            this.face = face;
            this.doc = doc;
        }

        @Override
        public PDFont supply() {
            return face.load(doc);
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
