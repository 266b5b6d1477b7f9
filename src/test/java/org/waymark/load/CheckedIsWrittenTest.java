package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;
import org.waymark.model.HtmlSlot;
import org.waymark.model.Link;
import org.waymark.model.Markdown;
import org.waymark.model.RawHtml;
import org.waymark.testing.Projects;
import org.waymark.testing.SpecExamples;
import org.waymark.text.Source;

/**
 * What the check stage judges is what the page holds: for every CommonMark example and every
 * feature example, the targets the load stage records for Markdown links and images are
 * exactly those the HTML writer leaves in slots (bar the allowed absolute URLs, which it
 * writes as they are), so no link is written that was not checked, nor checked as another URL.
 */
class CheckedIsWrittenTest {
    @Test
    void slotsHoldExactlyTheRecordedTargets() throws IOException {
        List<SpecExamples.Example> examples = new ArrayList<>(SpecExamples.all());
        examples.addAll(SpecExamples.parse(Files.readString(
                Projects.repo().resolve("src/test/resources/markdown/features.txt"), StandardCharsets.UTF_8)));
        int compared = 0;
        for (SpecExamples.Example ex : examples) {
            Source source = Source.of("content/x.md", ex.markdown());
            Markdown m = MarkdownReader.read(source, ex.markdown(), "x.md", PositionMap.inFile(source, 0), false,
                    new ArrayList<>());
            List<Link> raw = new ArrayList<>();
            for (RawHtml r : m.rawHtml()) RawHtmlLinks.extract(r, raw);
            Set<String> recorded = new TreeSet<>();
            for (Link l : m.links()) {
                // An empty destination is written as it is (href=""), the page itself, as the check judges it.
                if (raw.contains(l) || l.kind() == Link.Kind.EMBED || l.target().isEmpty()) continue;
                Href h = Href.parse(l.target());
                if (h.isRelative() && !h.isNetworkPath() || !h.isRelative() && !UrlSafety.isAllowedScheme(h.scheme())) {
                    recorded.add(l.target());
                }
            }
            Set<String> slots = new TreeSet<>();
            for (HtmlSlot s : m.slots()) if (!s.embed()) slots.add(s.target());
            assertEquals(recorded, slots, "example " + ex.number() + " (" + ex.section() + ")\n" + ex.markdown());
            compared += recorded.size();
        }
        assertEquals(true, compared > 100, compared + " targets compared");
    }
}
