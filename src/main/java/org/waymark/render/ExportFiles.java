package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * {@code waymark export}: trees and checklists for places without iframes. Markdown for wikis
 * (a tree with a Mermaid flowchart, a checklist as a task list), one self-contained HTML file
 * each, and every checklist in one PDF booklet. Each file is named after its content file:
 * decisions/pick.yaml gives decisions/pick.md and decisions/pick.html.
 */
public final class ExportFiles {
    /** A render fault (a template, the PDF layout), with what was being written. */
    public static final class Failure extends Exception {
        Failure(String what, Throwable cause) {
            super("could not write " + what + ": " + cause.getMessage(), cause);
        }
    }

    private final Site site;
    private final PageParts parts;
    private final TemplateSet templates;

    private ExportFiles(Site site, PageParts parts, TemplateSet templates) {
        this.site = site;
        this.parts = parts;
        this.templates = templates;
    }

    public static ExportFiles of(Site site) throws IOException {
        TemplateSet templates = new TemplateSet(site.templatesDir());
        return new ExportFiles(site, PageParts.of(site, Theme.load(site.templatesDir()), templates), templates);
    }

    /** The export's file for a tree or checklist, {@code ext} without its dot. */
    public static String file(Document d, String ext) {
        String path = d.path().value();
        return path.substring(0, path.length() - ".yaml".length()) + "." + ext;
    }

    /** Writes every tree and checklist as Markdown; returns the files written, relative to {@code out}. */
    public List<String> markdown(Path out) throws IOException {
        List<String> written = new ArrayList<>();
        TreeMarkdown trees = new TreeMarkdown(parts.markdown(), new LinkLabels(new org.waymark.link.LinkResolver(site),
                parts.markdown()), site.config().baseUrl());
        for (DecisionTree t : sorted(site.trees())) written.add(write(out, file(t, "md"), trees.write(t)));
        for (Checklist c : sorted(site.checklists())) {
            written.add(write(out, file(c, "md"), parts.checklists().markdown(c).write(java.util.Set.of())));
        }
        return written;
    }

    /** Every checklist in one booklet (A4, or US Letter), a contents page first; returns the file written, relative to {@code out}. */
    public String booklet(Path out, String name, boolean letter) throws IOException, Failure {
        ChecklistPdf.Paper paper = letter ? ChecklistPdf.Paper.LETTER : ChecklistPdf.Paper.A4;
        ChecklistPdf pdf = new ChecklistPdf(templates, site.config().baseUrl(), site.config().language(),
                PdfFonts.of(site.contentDir().toAbsolutePath().getParent(), site.config().pdfFonts()));
        List<Map<String, Object>> lists = new ArrayList<>();
        for (Checklist c : sorted(site.checklists())) {
            Map<String, Object> m = pdf.model(parts.checklists().paper(c), c.outputFile(), paper);
            m.put("anchor", "list-" + (lists.size() + 1));
            lists.add(m);
        }
        byte[] bytes;
        try {
            bytes = pdf.booklet(site.config().title() + ": checklists", site.config().description(), lists, paper);
        } catch (XhtmlDocuments.Malformed e) {
            throw new Failure(name + " (templates/checklist-booklet.ftlx)", e);
        } catch (TemplateSet.TemplateFailure | RuntimeException e) {
            // openhtmltopdf reports layout faults as unchecked exceptions of its own
            throw new Failure(name, e);
        }
        Path file = out.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return name;
    }

    /** Each tree and checklist page of a built site as one self-contained HTML file. */
    public List<String> singleFiles(Path builtSite, Path out) throws IOException {
        List<String> written = new ArrayList<>();
        SingleFileHtml inline = new SingleFileHtml(builtSite, site.config().baseUrl(), site.config().title());
        List<Document> docs = new ArrayList<>(sorted(site.trees()));
        docs.addAll(sorted(site.checklists()));
        for (Document d : docs) written.add(write(out, file(d, "html"), inline.of(d.outputFile())));
        return written;
    }

    private static <D extends Document> List<D> sorted(List<D> docs) {
        return docs.stream().sorted(Comparator.comparing(d -> d.path().value())).toList();
    }

    private static String write(Path out, String name, String text) throws IOException {
        Path file = out.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return name;
    }
}
