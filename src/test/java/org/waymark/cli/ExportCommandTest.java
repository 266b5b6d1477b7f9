package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.markdown.Slugs;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Item;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;
import org.waymark.model.Site;
import org.waymark.testing.Projects;

/**
 * {@code waymark export}: the Markdown of every tree of the default site has the tree's
 * structure in its Mermaid flowchart and in its linked sections, every checklist is a task
 * list, and the booklet holds every checklist after a contents page.
 */
class ExportCommandTest {
    private static final Pattern NODE = Pattern.compile("^  (n\\d+)(?:\\[\"(.*)\"\\]|\\(\\[\"(.*)\"\\]\\))$");
    private static final Pattern EDGE = Pattern.compile("^  (n\\d+) -->\\|\"(.*)\"\\| (n\\d+)$");

    @TempDir
    Path out;

    @Test
    void theMermaidTextAndTheSectionsHaveEachTreesStructure() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("export", Projects.repo().toString(), "--markdown", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Site site = Projects.site(Projects.repo());
        assertFalse(site.trees().isEmpty());
        for (DecisionTree tree : site.trees()) {
            String file = tree.path().value().replace(".yaml", ".md");
            assertTrue(r.out().contains(file), r.out());
            String md = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertEquals(expectedEdges(tree), mermaidEdges(md), file);
            assertEquals(expectedEdges(tree), sectionLinks(md), file + ": each option links to its next node's section");
            assertTrue(md.contains("links below are relative to that page of the site"), "no baseUrl, and it says so");
        }
        for (Checklist c : site.checklists()) {
            String md = Files.readString(out.resolve(c.path().value().replace(".yaml", ".md")), StandardCharsets.UTF_8);
            for (Item i : c.items()) assertTrue(md.contains("- [ ] " + org.waymark.render.MarkdownText.escape(i.text())), i.text());
        }
    }

    @Test
    void aBookletTemplateThatWritesMalformedXhtmlIsNamedWithWhereItBroke(@TempDir Path project) throws Exception {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: T\n",
                "content/index.md", "# Home\n\n[list](list.yaml)\n",
                "content/list.yaml", "kind: checklist\ntitle: Release\nsections:\n  - items:\n      - text: Back up\n",
                "templates/checklist-booklet.ftlx", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>${title}</b></body></html>\n"));
        CommandLineTest.Run r = CommandLineTest.run("export", project.toString(), "--pdf", "--out", out.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("waymark: could not write checklists.pdf (templates/checklist-booklet.ftlx): "
                + "the XHTML its template wrote is not well-formed at line 1, column "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out.resolve("checklists.pdf")));
    }

    @Test
    void labelsThatMeanSomethingToMermaidStayText(@TempDir Path project) throws Exception {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: T\nbaseUrl: https://kb.example.com/\n",
                "content/index.md", "# Home\n\n[t](t.yaml)\n",
                "content/t.yaml", """
                        kind: decision
                        title: Quotes "and" #hash
                        start: end
                        nodes:
                          end:
                            question: 'Say "yes" | <b>no</b> #1 `x` ] ) --> ;'
                            options:
                              - label: '"A" --> |B|'
                                next: o
                              - label: Other
                                next: o
                          o:
                            outcome: Done [ok]
                        """));
        CommandLineTest.Run r = CommandLineTest.run("export", project.toString(), "--markdown", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(out.resolve("t.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("  n1[\"Say #quot;yes#quot; | #lt;b#gt;no#lt;/b#gt; #35;1 #96;x#96; ] ) --#gt; ;\"]"), md);
        assertTrue(md.contains("  n1 -->|\"#quot;A#quot; --#gt; |B|\"| n2"), md);
        assertTrue(md.contains("The wizard: <https://kb.example.com/t/>."), md);
    }

    @Test
    void theBookletHoldsEveryChecklistAfterAContentsPage() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("export", Projects.repo().toString(), "--pdf", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Site site = Projects.site(Projects.repo());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("checklists.pdf").toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String contents = squeeze(strip.getText(pdf));
            assertTrue(contents.contains("Contents"), contents);
            List<Checklist> lists = site.checklists().stream()
                    .sorted(java.util.Comparator.comparing(c -> c.path().value())).toList();
            int last = 1;
            for (Checklist c : lists) {
                // the contents line: the title, dot leaders, then the page where it starts
                Matcher m = Pattern.compile(Pattern.quote(squeeze(c.title())) + "\\.*(\\d+)").matcher(contents);
                assertTrue(m.find(), c.title() + " in " + contents);
                int page = Integer.parseInt(m.group(1));
                assertTrue(page > last, c.title() + " starts after the one before");
                last = page;
                strip.setStartPage(page);
                strip.setEndPage(pdf.getNumberOfPages());
                // each page starts with its footer: the booklet's title and "Page n of m"
                String rest = squeeze(strip.getText(pdf)).replaceFirst("^" + Pattern.quote(squeeze(site.config().title()
                        + ": checklists")) + "Page" + page + "of\\d+", "");
                assertTrue(rest.startsWith(squeeze(c.title())), "page " + page + " starts with " + c.title() + ": " + rest);
                for (Item i : c.items()) assertTrue(rest.contains(squeeze(i.text())), i.text());
            }
        }
    }

    @Test
    void singleFilesLinkToTheSiteByItsBaseUrlAndToNothingElse(@TempDir Path project) throws Exception {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: T\nbaseUrl: https://kb.example.com/kb/\n",
                "content/index.md", "# Home\n\n[t](t.yaml) [c](c.yaml)\n",
                "content/guide.md", "# Guide\n\n## Why\n\nText.\n",
                "content/t.yaml", """
                        kind: decision
                        title: Pick
                        start: q
                        nodes:
                          q:
                            question: Which?
                            options:
                              - label: A
                                next: o
                              - label: B
                                next: o
                          o:
                            outcome: Done
                            body: "See [the guide](guide.md#why). ![A box](pic.svg)"
                            checklist: c.yaml
                        """,
                "content/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>\n",
                "content/c.yaml", "kind: checklist\ntitle: C\nsections:\n  - items:\n      - text: One\n        links: [guide.md]\n"));
        CommandLineTest.Run r = CommandLineTest.run("export", project.toString(), "--single-file", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String file : List.of("t.html", "c.html")) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
            List<String> hrefs = doc.select("a[href]").eachAttr("href");
            for (String href : hrefs) {
                assertTrue(href.startsWith("#") || href.startsWith("https://kb.example.com/kb/"), file + ": " + href);
            }
            assertTrue(hrefs.contains("https://kb.example.com/kb/guide/index.html" + (file.equals("t.html") ? "#why" : "")),
                    file + ": " + hrefs);
        }
        List<String> images = org.jsoup.Jsoup.parse(Files.readString(out.resolve("t.html"), StandardCharsets.UTF_8))
                .select("img").eachAttr("src");
        assertEquals(1, images.size(), images.toString());
        assertTrue(images.get(0).startsWith("data:image/svg+xml;base64,"), images.get(0));
        assertTrue(org.jsoup.Jsoup.parse(Files.readString(out.resolve("c.html"), StandardCharsets.UTF_8))
                .select(".checklist-downloads a").eachAttr("href").contains("https://kb.example.com/kb/c/c.pdf"));
    }

    @Test
    void sayingWhatToExportIsRequired() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("export", Projects.repo().toString(), "--out", out.toString());
        assertEquals(Main.USAGE_OR_INTERNAL, r.exit());
        assertTrue(r.err().contains("--markdown, --single-file, --pdf"), r.err());
    }

    /** "question text -> option label -> next node's text", from the model. */
    private static TreeSet<String> expectedEdges(DecisionTree tree) {
        TreeSet<String> edges = new TreeSet<>();
        for (Node n : tree.nodes().values()) {
            if (n instanceof Question q) {
                for (Option o : q.options()) edges.add(q.question() + " -> " + o.label() + " -> " + text(tree.nodes().get(o.next())));
            }
        }
        return edges;
    }

    /** The same, read back from the Mermaid block alone. */
    private static TreeSet<String> mermaidEdges(String md) {
        String block = md.substring(md.indexOf("```mermaid\n") + 11, md.indexOf("\n```", md.indexOf("```mermaid")));
        Map<String, String> names = new HashMap<>();
        List<String[]> edges = new ArrayList<>();
        assertEquals("flowchart TD", block.lines().findFirst().orElse(""));
        for (String line : block.lines().skip(1).toList()) {
            Matcher n = NODE.matcher(line);
            Matcher e = EDGE.matcher(line);
            if (n.matches()) names.put(n.group(1), unescape(n.group(2) != null ? n.group(2) : n.group(3)));
            else if (e.matches()) edges.add(new String[] {e.group(1), unescape(e.group(2)), e.group(3)});
            else throw new AssertionError("not a node or an edge: " + line);
        }
        TreeSet<String> out = new TreeSet<>();
        for (String[] e : edges) out.add(names.get(e[0]) + " -> " + e[1] + " -> " + names.get(e[2]));
        return out;
    }

    /** The same, read from the sections: each "### question" lists "- [label](#slug of the next node's heading)". */
    private static TreeSet<String> sectionLinks(String md) {
        Map<String, String> headings = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (String line : md.lines().toList()) {
            if (line.startsWith("#")) {
                String text = unescapeMd(line.replaceFirst("^#+ ", ""));
                headings.put(Slugs.unique(Slugs.slug(text), used), text);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        String question = null;
        Pattern option = Pattern.compile("^- \\[(.*)\\]\\(#([^)]+)\\)(?:: .*)?$");
        for (String line : md.substring(md.indexOf("## Questions and outcomes")).lines().toList()) {
            if (line.startsWith("### ")) question = unescapeMd(line.substring(4));
            Matcher m = option.matcher(line);
            if (m.matches() && !line.startsWith("- Read more") && !line.startsWith("- Checklist")) {
                assertTrue(headings.containsKey(m.group(2)), "no heading has the anchor #" + m.group(2));
                out.add(question + " -> " + unescapeMd(m.group(1)) + " -> " + headings.get(m.group(2)));
            }
        }
        return out;
    }

    private static String text(Node n) {
        return n instanceof Question q ? q.question() : ((Outcome) n).outcome();
    }

    private static String unescape(String mermaid) {
        return mermaid.replace("#quot;", "\"").replace("#lt;", "<").replace("#gt;", ">").replace("#96;", "`").replace("#35;", "#");
    }

    private static String unescapeMd(String md) {
        return md.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
