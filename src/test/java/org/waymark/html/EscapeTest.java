package org.waymark.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class EscapeTest {
    private static final String NASTY = "a & b <script>alert('x')</script> \"q\" 'r' &amp; ]]> --> \u00e9 \uD83D\uDE00";

    @Test
    void textEscapesWhatCanStartMarkup() {
        assertEquals("a &amp; b &lt;i&gt; \"q\" 'r'", Escape.text("a & b <i> \"q\" 'r'"));
    }

    @Test
    void attributeEscapesQuotesAsFreeMarkerDoes() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;y&#39;", Escape.attribute("<a href=\"x\"> & 'y'"));
    }

    @Test
    void xmlDropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertEquals("tab\tlf\ncr\r bell end", Escape.xml("tab\tlf\ncr\r bell\u0007 end\uFFFE\uFFFF"));
        assertEquals("pair \uD83D\uDE00 lone  ", Escape.xml("pair \uD83D\uDE00 lone \uD83D \uDE00"));
        assertEquals("&amp;&lt;&gt;&quot;&#39;", Escape.xml("&<>\"'"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "guides/fine-tuning/index.html#when-to-stop";
        assertSame(plain, Escape.text(plain));
        assertSame(plain, Escape.attribute(plain));
        assertSame(plain, Escape.xml(plain));
    }

    @Test
    void aParserReadsBackExactlyTheOriginal() {
        Document html = Jsoup.parse("<p title=\"" + Escape.attribute(NASTY) + "\" lang='" + Escape.attribute(NASTY)
                + "'>" + Escape.text(NASTY) + "</p>");
        Element p = html.selectFirst("p");
        assertEquals(NASTY, p.text());
        assertEquals(NASTY, p.attr("title"));
        assertEquals(NASTY, p.attr("lang"));
        assertEquals(0, html.select("script").size());

        Document xml = Jsoup.parse("<svg><text aria-label=\"" + Escape.xml(NASTY) + "\">" + Escape.xml(NASTY)
                + "</text></svg>", "", Parser.xmlParser());
        assertEquals(NASTY, xml.selectFirst("text").text());
        assertEquals(NASTY, xml.selectFirst("text").attr("aria-label"));
    }
}
