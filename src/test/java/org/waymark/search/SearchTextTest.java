package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.Heading;
import org.waymark.model.Markdown;
import org.waymark.text.Position;

/** The text search indexes, read from a Markdown text's HTML in one pass. */
class SearchTextTest {
    private static Markdown md(String html, List<Heading> headings) {
        return new Markdown(false, "a.md", false, html, List.of(), headings, List.of(), List.of(), List.of());
    }

    @Test
    void blockTagsEndARunOfTextInAnyCaseAndScriptsStylesAndTemplatesAreSkipped() {
        String html = "<P>one</P><LI>two</li><span>th</span>ree<BLOCKQUOTE>four</BLOCKQUOTE>"
                + "<script>var x = '<p>';</script><STYLE>p{}</STYLE><template><p>hidden</p></template>"
                + "<img src=a.png>five<!-- <p>comment</p> -->six &amp; seven&nbsp;eight<h1x>nine</h1x>ten";
        assertEquals("one two three four fivesix & seven eightnineten", SearchText.plain(md(html, List.of())));
    }

    @Test
    void aPageIsCutAtItsHeadingsWithIdsEachNamedByTheModelsHeading() {
        String html = "<p>Top text.</p>\n<h2 id=\"first\">First <code>x</code></h2>\n<p>Under   the\nfirst.</p>"
                + "<h3>No id</h3><p>Still first.</p><H2 id=\"second\">Second</H2><p>Last.</p>";
        List<Heading> headings = List.of(new Heading(2, "First x", "first", Position.START),
                new Heading(3, "No id", "", Position.START), new Heading(2, "Second", "second", Position.START));
        List<SearchText.Section> sections = SearchText.sections(md(html, headings), "Page");
        assertEquals(List.of("|Page|Top text.", "first|First x|Under the first. No id Still first.", "second|Second|Last."),
                sections.stream().map(s -> s.anchor() + "|" + s.heading() + "|" + s.text()).toList());
    }
}
