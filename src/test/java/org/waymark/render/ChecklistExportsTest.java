package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.Checklist;
import org.waymark.model.Item;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/** The files a build writes beside each checklist page: Markdown task list, A4 and Letter PDFs. */
class ChecklistExportsTest {
    static final String NASTY = "Check *this* [link](http://evil.example) <b>bold</b> & `code` | x ~~y~~ #1 \\ _z_";

    static Path site;
    static List<Checklist> lists;

    @BeforeAll
    static void buildDefaultSite() throws IOException {
        site = Scratch.dir("wm-exports").resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        lists = r.site().checklists();
        assertFalse(lists.isEmpty());
    }

    @Test
    void everyPdfHoldsEveryItemOnTheRightPaper() throws IOException {
        for (Checklist c : lists) {
            assertPdf(c, ChecklistExports.pdfFile(c), PDRectangle.A4);
            assertPdf(c, ChecklistExports.letterPdfFile(c), PDRectangle.LETTER);
        }
    }

    private static void assertPdf(Checklist c, String file, PDRectangle paper) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve(file).toFile())) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                assertEquals(paper.getWidth(), box.getWidth(), 1.0f, file + " width");
                assertEquals(paper.getHeight(), box.getHeight(), 1.0f, file + " height");
            }
            // Lines wrap wherever the page is full, so compare without whitespace.
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains(squeeze(c.title())), file);
            for (Item item : c.items()) assertTrue(text.contains(squeeze(item.text())), file + " lacks " + item.text());
            assertTrue(text.contains(squeeze("Page 1 of " + pdf.getNumberOfPages())), file + " has no page footer");
        }
    }

    @Test
    void everyMarkdownExportIsATaskListOfEveryItem() throws IOException {
        for (Checklist c : lists) {
            String md = Files.readString(site.resolve(ChecklistExports.markdownFile(c)), StandardCharsets.UTF_8);
            List<String> texts = taskItems(md);
            assertEquals(c.items().stream().map(i -> i.optional() ? i.text() + " (optional)" : i.text()).toList(), texts);
        }
    }

    /** What a reader opens under "Details" and the item's links, all of it, under its task in the Markdown. */
    @Test
    void everyItemsDetailAndLinksAreUnderItsTaskInTheMarkdownExport() throws IOException {
        int details = 0;
        for (Checklist c : lists) {
            Element page = Jsoup.parse(site.resolve(c.outputFile()).toFile()).body();
            List<Element> tasks = Jsoup.parse(render(Files.readString(site.resolve(ChecklistExports.markdownFile(c)),
                    StandardCharsets.UTF_8))).select("body > ul > li");
            List<Element> items = page.select("[data-checklist] li[data-item]");
            assertEquals(items.size(), tasks.size(), c.outputFile());
            for (int i = 0; i < items.size(); i++) {
                String task = squeeze(tasks.get(i).text());
                Element detail = items.get(i).selectFirst(".item-detail .prose");
                if (detail != null) {
                    details++;
                    assertTrue(task.contains(squeeze(detail.text())), c.outputFile() + ": " + detail.text() + " not in " + task);
                }
                for (Element a : items.get(i).select(".item-links a")) assertTrue(task.contains(squeeze(a.text())), a.text());
            }
        }
        assertTrue(details > 5, "the default site's checklists have details");
    }

    /** Without a baseUrl, links stay relative to the page, which the .md file sits beside, and lead where the page's do. */
    @Test
    void linksInTheMarkdownExportLeadWhereThePagesDo(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of("content/site.yaml", "title: T\n",
                "content/index.md", "# Home\n\n[list](lists/list.yaml)\n",
                "content/guides/setup.md", "# Set up\n\n## Keys\n\nText.\n",
                "content/lists/list.yaml", "kind: checklist\ntitle: L\nsections:\n  - items:\n"
                        + "      - id: one\n        text: First\n        detail: |\n"
                        + "          See [the keys](../guides/setup.md#keys) and ![a chart](chart.png).\n\n"
                        + "          > Keep it *short*.\n"
                        + "        links: [../guides/setup.md]\n"
                        + "      - id: two\n        text: Second\n",
                "content/lists/chart.png", "png"));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        Checklist c = r.site().checklists().get(0);
        Path md = dir.resolve("site").resolve(ChecklistExports.markdownFile(c));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("relative to the checklist's page of the site, `" + c.outputFile() + "`"), text);
        Element html = Jsoup.parse(render(text)).body();
        assertEquals(List.of("First", "Second"), taskItems(text));
        assertEquals("Keep it short.", html.selectFirst("li blockquote").text(), text);
        List<String> targets = new ArrayList<>();
        for (Element e : html.select("a[href], img[src]")) {
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            targets.add(href);
            assertTrue(Files.isRegularFile(md.resolveSibling(href.replaceAll("#.*", ""))), href + " in\n" + text);
        }
        assertEquals(List.of("../../guides/setup/index.html#keys", "../chart.png", "../../guides/setup/index.html"), targets);
    }

    @Test
    void itemTextWithMarkupStaysTextInMarkdownAndPdf(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of("content/site.yaml", "title: T\n",
                "content/index.md", "# Home\n\n[list](list.yaml)\n",
                "content/list.yaml", "kind: checklist\ntitle: \"A <list> & more\"\nsections:\n  - items:\n"
                        + "      - id: one\n        text: '" + NASTY.replace("'", "''") + "'\n"
                        + "      - id: two\n        text: '1. - [x] not ticked'\n"));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        Checklist c = r.site().checklists().get(0);
        Path out = dir.resolve("site");
        String md = Files.readString(out.resolve(ChecklistExports.markdownFile(c)), StandardCharsets.UTF_8);
        assertEquals(List.of(NASTY, "1. - [x] not ticked"), taskItems(md));
        Element html = Jsoup.parse(render(md)).body();
        assertTrue(html.select("a, b, em, code, del, strong").isEmpty(), html.html());
        assertEquals(2, html.select("li input[type=checkbox]:not([checked])").size(), html.html());
        try (PDDocument pdf = Loader.loadPDF(out.resolve(ChecklistExports.pdfFile(c)).toFile())) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains(squeeze(NASTY)), text);
            assertTrue(text.contains(squeeze("A <list> & more")), text);
        }
    }

    /** The text of each GitHub task-list item, as a Markdown reader sees it (escapes undone). */
    private static List<String> taskItems(String md) {
        Document doc = parser().parse(md);
        List<String> texts = new ArrayList<>();
        collect(doc, texts);
        List<String> fromHtml = new ArrayList<>();
        for (Element li : Jsoup.parse(render(md)).select("body > ul > li")) {
            Element first = li.selectFirst("> p"); // an item with details below it is a loose item
            fromHtml.add(first != null ? first.text() : li.text());
        }
        assertEquals(texts.size(), fromHtml.size(), md);
        return fromHtml;
    }

    private static void collect(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TaskListItem t) {
                assertFalse(t.isItemDoneMarker(), "an export starts unticked");
                out.add(t.getChildChars().toString());
            }
            collect(n, out);
        }
    }

    private static String render(String md) {
        MutableDataSet options = options();
        return HtmlRenderer.builder(options).build().render(parser().parse(md));
    }

    private static Parser parser() {
        return Parser.builder(options()).build();
    }

    private static MutableDataSet options() {
        return new MutableDataSet().set(Parser.EXTENSIONS, List.of(TaskListExtension.create()));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
