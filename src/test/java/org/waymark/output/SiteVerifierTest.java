package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** The verifier's findings name the page, the template and what is wrong, as fields. */
class SiteVerifierTest {
    @TempDir
    Path site;

    @Test
    void eachFaultIsReportedWithWhatItConcerns() throws IOException {
        Projects.write(site, Map.of(
                "index.html", "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1>"
                        + "<a href=\"a/index.html#there\">ok</a> <a href=\"a/index.html#gone\">anchor</a>"
                        + " <a href=\"missing.html\">file</a> <a href=\"a/\">folder</a> <a href=\"../out.html\">out</a>"
                        + " <a href=\"%zz.html\">malformed</a></body></html>",
                "a/index.html", "<!doctype html><html><head></head><body><h1 id=\"there\">A</h1><h1 id=\"there\">B</h1>"
                        + "<p style=\"x\" onclick=\"y\">p</p><a href=\"javascript:alert(1)\">bad</a>"
                        + "<script>1</script><style>p{}</style>"
                        + "<script type=\"application/json\">\"</b>\"</script></body></html>",
                "copied.html", "<!doctype html><html><head><title>C</title></head><body><h1>C</h1></body></html>"));
        List<Finding> found = SiteVerifier.verify(site, Map.of("index.html", "home.ftlh", "a/index.html", "page.ftlh"))
                .stream().sorted(Comparator.comparing(Finding::page).thenComparing(f -> f.fault().toString())).toList();
        assertEquals(List.of(
                new Finding("a/index.html", "page.ftlh", Fault.Plain.CLOSABLE_JSON),
                new Finding("a/index.html", "page.ftlh", new Fault.DuplicateId("there")),
                new Finding("a/index.html", "page.ftlh", new Fault.EventHandler("onclick", "p")),
                new Finding("a/index.html", "page.ftlh", new Fault.H1Count(2)),
                new Finding("a/index.html", "page.ftlh", Fault.Plain.INLINE_SCRIPT),
                new Finding("a/index.html", "page.ftlh", Fault.Plain.INLINE_STYLE),
                new Finding("a/index.html", "page.ftlh", Fault.Plain.NO_TITLE),
                new Finding("a/index.html", "page.ftlh", new Fault.StyleAttribute("p")),
                new Finding("a/index.html", "page.ftlh", new Fault.UnsafeUrl("href", "a", "javascript:alert(1)")),
                new Finding("index.html", "home.ftlh", new Fault.BrokenLink("%zz.html", Fault.BrokenLink.Reason.NO_FILE)),
                new Finding("index.html", "home.ftlh", new Fault.BrokenLink("../out.html", Fault.BrokenLink.Reason.LEAVES_SITE)),
                new Finding("index.html", "home.ftlh", new Fault.BrokenLink("a/", Fault.BrokenLink.Reason.FOLDER)),
                new Finding("index.html", "home.ftlh", new Fault.BrokenLink("a/index.html#gone", Fault.BrokenLink.Reason.NO_ANCHOR)),
                new Finding("index.html", "home.ftlh", new Fault.BrokenLink("missing.html", Fault.BrokenLink.Reason.NO_FILE))),
                found);
    }

    /**
     * A link that climbs folders is followed once per folder it climbs to (PageLinks.climbing):
     * the same link from pages at other depths, or below other folders, leads elsewhere.
     */
    @Test
    void aLinkThatClimbsLeadsWhereItsOwnPageSendsIt() throws IOException {
        String links = "<a href=\"../x.html\">x</a> <a href=\"../../x.html\">up two</a> <a href=\"../t/index.html#here\">t</a>";
        Projects.write(site, Map.of(
                "x.html", page(""),
                "a/x.html", page(""),
                "a/t/index.html", page("<h2 id=\"here\">H</h2>"),
                "t/index.html", page(""),
                "a/b/index.html", page(links),
                "a/c/index.html", page(links),
                "d/index.html", page(links),
                "e/f/index.html", page(links)));
        List<String> found = SiteVerifier.verify(site, Map.of()).stream().map(f -> f.page() + " " + f.fault()).sorted().toList();
        assertEquals(List.of(
                "d/index.html BrokenLink[href=../../x.html, reason=LEAVES_SITE]",
                "d/index.html BrokenLink[href=../t/index.html#here, reason=NO_ANCHOR]",
                "e/f/index.html BrokenLink[href=../t/index.html#here, reason=NO_FILE]",
                "e/f/index.html BrokenLink[href=../x.html, reason=NO_FILE]"), found);
    }

    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>";
    }

    @Test
    void aSlotTheRenderStageDidNotFillIsAFault() throws IOException {
        Projects.write(site, Map.of("index.html", "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1>"
                + "<a href=\"mailto:wmslot:0\">mail</a> <a href=\"wmslot:1\">page</a> <div class=\"wmslot-2\"></div>"
                + " <a href=\"#\">top</a> <a href=\"https://example.com/wmslot\">fine</a></body></html>"));
        List<Finding> found = SiteVerifier.verify(site, Map.of("index.html", "page.ftlh"))
                .stream().sorted(Comparator.comparing(f -> f.fault().toString())).toList();
        assertEquals(List.of(
                new Finding("index.html", "page.ftlh", new Fault.UnfilledSlot("mailto:wmslot:0")),
                new Finding("index.html", "page.ftlh", new Fault.UnfilledSlot("wmslot-2")),
                new Finding("index.html", "page.ftlh", new Fault.UnfilledSlot("wmslot:1"))), found);
    }

    @Test
    void messagesAreMadeFromTheFields() {
        assertEquals("link 'a/#x' names an anchor that is not there",
                new Fault.BrokenLink("a/#x", Fault.BrokenLink.Reason.NO_ANCHOR).message());
        assertEquals("event handler attribute 'onload' on <body>", new Fault.EventHandler("onload", "body").message());
        assertEquals("id=\"x\"", new Fault.DuplicateId("x").evidence());
    }
}
