package org.waymark.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Item;
import org.waymark.model.Link;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.render.PdfFonts;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * Every character of a checklist's PDF must be in some font: the built-in one or a project font
 * named in site.yaml. The PDF renderer would otherwise print '#' in its place, so each line
 * with such characters is reported, naming them; for a link, whose PDF text is the title of
 * the page it leads to, that is the link's line. A font site.yaml names must exist and read.
 */
final class PdfFontRule implements Rule {
    private static final int SHOWN = 8;

    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        if (site.contentDir() == null) return;
        PdfFonts fonts = PdfFonts.of(site.contentDir().toAbsolutePath().getParent(), site.config().pdfFonts());
        for (PdfFonts.Unusable u : fonts.unusable()) {
            out.accept(Diagnostic.of(site.config().source(), u.font().at(), Code.INVALID_VALUE, u.reason(),
                    "give the path of a .ttf file from the project's folder (the one that holds content/)"));
        }
        for (Checklist list : site.checklists()) {
            Map<Position, Set<Integer>> missing = new TreeMap<>();
            Source src = list.source();
            scan(src, Position.START, list.title(), fonts, missing);
            scan(src, Position.START, list.summary(), fonts, missing);
            for (ChecklistSection s : list.sections()) {
                scan(src, s.at(), s.title(), fonts, missing);
                for (Item i : s.items()) {
                    scan(src, i.at(), i.text(), fonts, missing);
                    if (i.detail() != null) scan(src, i.at(), i.detail().html(), fonts, missing);  // the text as the PDF prints it
                    // the PDF writes each link as "See: <the linked page's title>", taken from that page
                    for (Link l : i.links()) scan(src, l.at(), linkTitle(list, l, links), fonts, missing);
                }
            }
            missing.forEach((at, chars) -> out.accept(Diagnostic.of(src, at, Code.PDF_MISSING_GLYPH,
                    "no PDF font has " + shown(chars) + ": the checklist's PDF would print '#' instead",
                    "name a font that has them under 'pdf: fonts:' in site.yaml (for Japanese, Noto Sans JP, say), or write them another way")));
        }
    }

    /** The title a link is written with in the PDF (as render/LinkLabels makes it); null for any other link. */
    private static String linkTitle(Checklist list, Link link, LinkResolver links) {
        if (!(links.resolve(list.path(), link.target()) instanceof ResolvedLink.ToDocument d)) return null;
        Document doc = links.document(d.target());
        if (doc == null) return null;
        if (d.anchor() != null && doc instanceof Page p) {
            for (Heading h : p.body().headings()) if (h.id().equals(d.anchor())) return doc.title() + " " + h.text();
        }
        return doc.title();
    }

    /** Notes each character of {@code text} that no font draws, under the first place on its line it is written. */
    private static void scan(Source source, Position from, String text, PdfFonts fonts, Map<Position, Set<Integer>> missing) {
        if (text == null) return;
        text.codePoints().distinct().filter(cp -> !fonts.covers(cp)).forEach(cp -> {
            Position at = locate(source, from, cp);
            Position key = missing.keySet().stream().filter(p -> p.line() == at.line()).findFirst().orElse(at);
            if (at.compareTo(key) < 0) {
                missing.put(at, missing.remove(key));
                key = at;
            }
            missing.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(cp);
        });
    }

    private static String shown(Set<Integer> chars) {
        StringJoiner all = new StringJoiner(", ");
        chars.stream().limit(SHOWN).forEach(cp -> all.add("'" + Character.toString(cp) + "' (U+"
                + String.format("%04X", cp) + ")"));
        return chars.size() > SHOWN ? all + " and " + (chars.size() - SHOWN) + " more" : all.toString();
    }

    /** Where the character is written, searching from {@code from}; a character written as an escape stays at {@code from}. */
    private static Position locate(Source source, Position from, int cp) {
        int at = source.text().indexOf(Character.toString(cp), source.offsetOf(from));
        return at < 0 ? from : source.positionAt(at);
    }
}
