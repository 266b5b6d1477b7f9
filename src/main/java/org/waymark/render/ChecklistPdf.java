package org.waymark.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * A checklist as a printable PDF: the checklist view model (built for the site root, so every
 * href is root-relative) written into templates/checklist-pdf.ftlx and drawn by openhtmltopdf.
 * Paper has no links to follow, so details become plain text ({@link PaperParagraphs}) and links are written out.
 */
final class ChecklistPdf {
    /** The paper sizes we export, as CSS {@code @page size} values. */
    enum Paper {
        A4("A4"), LETTER("letter");

        final String css;

        Paper(String css) {
            this.css = css;
        }
    }

    /**
     * PDFBox warns through java.util.logging, for each standard font of each document (which we
     * never use), that another font stands in for it. Held here because JUL keeps loggers weakly.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // openhtmltopdf logs INFO lines through java.util.logging for every document.
        XRLog.setLoggingEnabled(false);
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        FontMappers.set(new StandardPdfFonts());  // no system font is looked for, nor ~/.pdfbox.cache written
    }

    /** Read once: every PDF of a build carries the same date, or none. */
    private static final Optional<Calendar> SOURCE_DATE = PdfStamp.sourceDate(System.getenv("SOURCE_DATE_EPOCH"));

    private final TemplateSet templates;
    private final String baseUrl;
    private final String language;
    private final PdfFonts fonts;

    /** {@code baseUrl} may be null: links are then written as paths from the site's root. */
    ChecklistPdf(TemplateSet templates, String baseUrl, String language, PdfFonts fonts) {
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.language = language;
        this.fonts = fonts;
    }

    /** A checklist's PDF: its bytes and its {@link PdfKey}. */
    record Drawn(byte[] bytes, byte[] key) {}

    /**
     * The PDF of a checklist's {@link #model} (made for either paper) on {@code paper}, taking
     * the bytes of {@code old} when they are this very PDF ({@link OldPdf}).
     */
    Drawn render(Map<String, Object> model, Paper paper, Optional<byte[]> old) throws TemplateSet.TemplateFailure, IOException {
        Map<String, Object> m = new LinkedHashMap<>(model);
        m.put("pageSize", paper.css);  // in its place: the template sees the model as model() makes it for this paper
        String xhtml = templates.render("checklist-pdf.ftlx", m);
        byte[] key = PdfKey.of(xhtml, SOURCE_DATE, fonts.fingerprint());
        Optional<byte[]> kept = OldPdf.matching(old, key);
        return new Drawn(kept.isPresent() ? kept.get() : draw(xhtml, key), key);
    }

    /**
     * What a PDF's key holds besides its XHTML and the code (the date stamped on it and the
     * project's fonts), for the digest of its inputs ({@link PageInputs#ofPdf}).
     */
    String drawnWith() {
        return SOURCE_DATE.map(c -> Long.toString(c.getTimeInMillis())).orElse("") + "\0" + fonts.fingerprint();
    }

    /** Several checklists in one booklet (templates/checklist-booklet.ftlx), each model made by {@link #model}. */
    byte[] booklet(String title, String summary, List<Map<String, Object>> lists, Paper paper)
            throws TemplateSet.TemplateFailure, IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("pageSize", paper.css);
        m.put("fontFamily", fonts.cssFamily());
        m.put("title", title);
        m.put("summary", summary);
        m.put("lists", lists);
        String xhtml = templates.render("checklist-booklet.ftlx", m);
        return draw(xhtml, PdfKey.of(xhtml, SOURCE_DATE, fonts.fingerprint()));
    }

    private byte[] draw(String xhtml, byte[] key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Our own document (as openhtmltopdf would make it), so that fonts can be loaded into it
        // from the parsed files PdfFonts keeps; createPDF closes it, the finally on a failure.
        PDDocument doc = new PDDocument();
        builder.usePDDocument(doc);
        fonts.register(builder, doc);
        builder.withDiagnosticConsumer(d -> { });
        // Nothing outside the document itself is ever loaded.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(XhtmlDocuments.parse(xhtml), null);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new PdfStamp(key, SOURCE_DATE));
            renderer.createPDF();
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> model(Map<String, Object> view, String pageFile, Paper paper) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("pageSize", paper.css);
        m.put("fontFamily", fonts.cssFamily());
        m.put("title", view.get("title"));
        m.put("summary", view.get("summary"));
        m.put("address", baseUrl == null ? "" : address(pageFile));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) view.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : (List<Map<String, Object>>) s.get("items")) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("text", i.get("text"));
                item.put("optional", i.get("optional"));
                item.put("detail", PaperParagraphs.of((String) i.get("detailHtml"), this::address));
                List<String> links = new ArrayList<>();
                for (Map<String, Object> l : (List<Map<String, Object>>) i.get("links")) {
                    links.add("See: " + l.get("title") + " (" + address((String) l.get("href")) + ")");
                }
                item.put("links", links);
                items.add(item);
            }
            sections.add(Map.of("title", s.get("title"), "items", items));
        }
        m.put("sections", sections);
        return m;
    }

    /** A root-relative href as a reader can type it: absolute with a base URL, else from the site's root. */
    private String address(String href) {
        if (href.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return href;
        String path = href.replaceFirst("(^|/)index\\.html(?=$|#)", "$1");
        return baseUrl == null ? (path.isEmpty() ? "/" : path) : baseUrl + path;
    }
}
