package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * The token scan finds what a full parse finds, on every page it does not hand to jsoup: the
 * same ids, links and faults, for the pages the build writes and for hostile markup.
 */
class HtmlScanTest {
    @TempDir
    Path tmp;

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T &amp; t</title>"
            + "<link rel=\"stylesheet\" href=\"a.css\"></head><body>";

    /** Markup where tokens and tree could disagree, or that tries to hide something from a scan. */
    private static final List<String> HOSTILE = List.of(
            "<h1>x</h1><a href=\"a.html\" onclick=\"y\">a</a>",
            "<h1>x</h1><a/onclick=alert(1) href=x.html>a</a>",
            "<h1>x</h1><p id=a ID=b id=c title='>' onmouseover=\"a\">q</p><p id=a>r</p>",
            "<h1>x</h1><script>var a = '</scr' + 'ipt>';</script><script src=\"s.js\"></script>",
            "<h1>x</h1><script type=\"application/json\">{\"a\":\"</b>\"}</script>",
            "<h1>x</h1><script><!--<script></script>--></script><b onclick=1>",
            "<h1>x</h1><!-- <a href=\"hidden.html\"> --><!--><a href=\"after.html\">a</a><!--->",
            "<h1>x</h1><p><b id=d><div>z</div></b></p><i id=d>q</i>",
            "<h1>x</h1><svg><script>alert(1)</script><b onclick=1>z</b></svg>",
            "<h1>x</h1><select><h1>y</h1><option onclick=1>o</option></select>",
            "<h1>x</h1><table><b id=e onclick=1>z</b><tr><td>c</td></tr></table>",
            "<h1>x</h1><a href=\"a.html\"><a href=\"b.html\" id=f>z</a></a>",
            "<h1>x</h1><ul><li id=g>a<li id=g>b</ul>",
            "<h1>x</h1><textarea><a href=\"no.html\" onclick=1></textarea><style>p{}</style>",
            "<h1>x</h1><td href=\"in-no-table.html\">t</td><caption onclick=1>c</caption>",
            "<h1>x</h1><a href='wmslot:3' style=color:red>s</a><div class=\"x wmslot-2\"></div>",
            "<h1>x</h1><a href=\"q.html?a=1&amp;b=2&copy=3#top&amp;x\">e</a><a href=&quot;z>u</a>",
            "<h1>x</h1></p><br></br><p>unclosed",
            "<h1>x</h1><noscript><img src=x onerror=alert(1)></noscript><template><b onclick=1></b></template>",
            "<h1>x</h1><body onload=1><html id=h>",
            "<h1>x</h1><div title=\"unterminated>",
            "<h1>x</h1><a href=\"x.html\"\nonclick\n=\ny>n</a><img/src=\"i.png\"/onerror=alert(1)>",
            "<h1>x</h1><h2><h3 id=k>k</h3></h2><form><form id=l></form></form>",
            "<h1>x</h1><p title=\"café …\" id=\"é\">été</p><a href=\"#é\">e</a><a href=\"#x…\">f</a>",
            "<h1>x</h1><script>a</SCRIPT\n>b<style>p</style >",
            "<h1>x</h1><svg viewBox=\"0 0 9 9\" onload=1><g id=s><path d=\"M0 0\"/><text x=1><tspan>a</tspan></text></g></svg>",
            "<h1>x</h1><svg><g><a href=\"svg.html\"><text>t</text></a></g></svg><p id=s2>after</p>",
            "<h1>x</h1><svg><g/><rect style=\"fill:red\"/><path/></svg><p id=s3>after</p>",
            "<h1>x</h1><svg><p id=out>breaks out</p></svg><a href=\"b.html\">b</a>",
            "<h1>x</h1><svg><style>p{}</style><title>t</title><script>alert(1)</script></svg>",
            "<h1>x</h1><svg><![CDATA[<b onclick=1>]]></svg>",
            "<h1>x</h1><svg/><b id=self>after a closed svg</b><svg><path></path></svg>",
            "<h1>x</h1><div/><b id=d2>a div's \"/>\" leaves it open</b></div>",
            "<h1>x</h1><p><svg><text>in p</text></svg></p><table><svg></svg></table>",
            "<h1>x</h1><a href=\"x.html\"><svg><a href=\"y.html\" id=n onclick=1><a/></a></svg></a><a id=n2>z</a>");

    @Test
    void theScanFindsWhatAFullParseFinds() throws IOException {
        int scanned = 0;
        for (String body : HOSTILE) {
            for (String page : List.of(HEAD + body + "</body></html>", HEAD + body, body)) {
                scanned += same(page) ? 1 : 0;
            }
        }
        assertTrue(scanned >= 20, "most hostile pages are read as tokens, and agree: " + scanned);
    }

    @Test
    void everyPageOfTheExampleSiteAndTheGoldenPagesAgrees() throws IOException {
        Path project = Projects.repo();
        Path out = tmp.resolve("site");
        assertTrue(org.waymark.pipeline.Pipeline.run(new org.waymark.pipeline.Pipeline.Options(project, out, false,
                false, true)).ok());
        int scanned = 0;
        int pages = 0;
        for (Path dir : List.of(out, project.resolve("src/test/resources/golden-html"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                    pages++;
                    scanned += same(Files.readString(p)) ? 1 : 0;
                }
            }
        }
        assertTrue(scanned * 10 >= pages * 8, "at least 8 in 10 pages read as tokens: " + scanned + " of " + pages);
    }

    @Test
    void markupATreeWouldReshapeIsLeftToTheFullParse() {
        assertNull(HtmlScan.scan(bytes(HEAD + "<h1>x</h1><p><div>a</div></p></body></html>")));
        assertNull(HtmlScan.scan(bytes(HEAD + "<h1>x</h1><svg><script>1</script></svg></body></html>")));
        assertNull(HtmlScan.scan(bytes(HEAD + "<h1>x</h1><svg><foreignObject><p>a</p></foreignObject></svg></body></html>")));
        assertNull(HtmlScan.scan(bytes(HEAD + "<h1>x</h1><b><i>a</b></i></body></html>")));
        assertNotNull(HtmlScan.scan(bytes(HEAD + "<h1>x</h1><p><b>a</b><br>c</p></body></html>")));
        // A flowchart's drawing is read as tokens: "/>" closes an element inside svg, as in foreign content.
        String flowchart = HEAD + "<h1>x</h1><svg><g><path d=\"M0\"/><text>t</text></g></svg><p id=a>b</p></body></html>";
        assertNotNull(HtmlScan.scan(bytes(flowchart)));
        same(flowchart);
    }

    private static byte[] bytes(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the page was read as tokens; when it was, its scan must equal jsoup's (which knows no bytes). */
    private static boolean same(String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        PageScan full = PageScan.of(Jsoup.parse(page));
        PageScan read = PageScan.of(bytes);
        assertEquals(PageScan.bytesDigest(bytes), read.bytes(), page);
        assertEquals(full, new PageScan(read.ids(), read.links(), read.faults(), read.digest(), read.folderEnds(), 0), page);
        return HtmlScan.scan(bytes) != null;
    }
}
