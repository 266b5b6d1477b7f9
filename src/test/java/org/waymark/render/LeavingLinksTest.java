package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass rewrite gives the document an HTML parser would get from setting target and
 * rel on every a[href] that is not a #fragment (how embed pages were made before it).
 */
class LeavingLinksTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<p><a href=\"#q1\">Start</a> <a href=\"../guide/\">Guide</a></p>",
        "<a href=\"https://example.org/\" target=\"_self\" rel=\"nofollow\" class=\"x\">out</a>",
        "<A HREF='x.html' TARGET=top>caps and single quotes</A>",
        "<a class=button href=../list/>unquoted</a><a href>empty href</a><a name=\"n\">no href</a>",
        "<!-- <a href=\"x\">in a comment</a> --><a href=\"y\">after</a>",
        "<script type=\"application/json\">{\"h\":\"<a href='x'>\"}</script><a href=\"z\">z</a>",
        "<textarea><a href=\"t\"></textarea><title><a href=\"u\"></title><a href=\"v\">v</a>",
        "<p>1 < 2 and 3 > 2 <a href=\"w\">w</a> a<b</p>",
        "<svg><a href=\"../n/\"><text>node</text></a></svg>",
        "<a href=\"q?a=1&amp;b=&quot;2&quot;\" title=\"a > b\">quoted &gt;</a>",
        "<a\nhref=\"multi\"\ntarget=\"x\"\n>lines</a><br/><a href=\"#\">top</a>",
    })
    void givesTheDocumentThatSettingTheAttributesGives(String body) {
        String page = "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
        assertEquals(viaDom(page), dom(LeavingLinks.rewrite(page)));
    }

    private static String viaDom(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            if (a.attr("href").startsWith("#")) continue;
            a.attr("target", "_blank");
            a.attr("rel", "noopener");
        }
        return dom(doc.outerHtml());
    }

    /** The document as a parser builds it, attributes in name order, written one way. */
    private static String dom(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.getAllElements()) {
            var sorted = new java.util.TreeMap<String, String>();
            e.attributes().forEach(at -> sorted.put(at.getKey(), at.getValue()));
            e.clearAttributes();
            sorted.forEach(e::attr);
        }
        return doc.outerHtml();
    }
}
