package org.waymark.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Asset;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.render.ListingAddress;
import org.waymark.text.Position;

/**
 * Two documents that would be written to the same URL, or to URLs that differ only by case; a
 * page that would be written where a tree's or checklist's embed page, or a long section's
 * listing page, goes counts too.
 */
final class UrlCollisionRule implements Rule {
    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        Map<String, Document> exact = new HashMap<>();
        Map<String, Document> folded = new HashMap<>();
        for (Document d : site.documents().values()) {
            String url = d.outputFile();
            Document first = exact.putIfAbsent(url, d);
            if (first != null && first.path().isIndex() && d.path().isIndex()) {
                String folder = d.path().folder().isEmpty() ? "content/" : d.path().folder();
                out.accept(Diagnostic.of(d.source(), Position.START, Code.DUPLICATE_URL, d.path() + " and "
                        + first.path() + " are both the index page of " + folder + " (each would be written to "
                        + url + ")", "keep one: merge the other into it, or rename it to make it a page of its own"));
                continue;
            }
            if (first != null) {
                out.accept(Diagnostic.of(d.source(), Position.START, Code.DUPLICATE_URL, d.path() + " and "
                        + first.path() + " would both be written to " + url, "rename or move one of them"));
                continue;
            }
            Document sameCase = folded.putIfAbsent(url.toLowerCase(Locale.ROOT), d);
            if (sameCase != null) {
                out.accept(Diagnostic.of(d.source(), Position.START, Code.CASE_COLLISION, d.path() + " and "
                        + sameCase.path() + " differ only by letter case in their output " + url,
                        "case-insensitive file systems (macOS, Windows) would keep only one; rename one"));
            }
        }
        // a long section's listing pages (page/<n>/ in its folder): a page written there would be lost
        Map<String, Integer> listed = new TreeMap<>();
        for (Document d : site.documents().values()) {
            if (!d.path().isIndex()) listed.merge(d.path().folder(), 1, Integer::sum);
        }
        listed.forEach((folder, count) -> {
            for (int n = 2; n <= ListingAddress.pages(count); n++) {
                String file = ListingAddress.file(folder, n);
                Document taken = exact.get(file);
                if (taken == null) continue;
                out.accept(Diagnostic.of(taken.source(), Position.START, Code.DUPLICATE_URL, taken.path()
                        + " would be written to " + file + ", where page " + n + " of the listing of "
                        + (folder.isEmpty() ? "content/" : folder) + " goes", "a section of more than "
                        + ListingAddress.PER_PAGE + " guides, trees and checklists lists them " + ListingAddress.PER_PAGE
                        + " to a page, at page/2/, page/3/ and so on: rename or move the file"));
            }
        });
        // the host script and each embed's files (docs/embedding.md): their names are a contract
        Map<String, String> embedFiles = new HashMap<>(Map.of("embed.js", "the host script of embeds"));
        for (Document d : site.documents().values()) {
            if (!(d instanceof DecisionTree) && !(d instanceof Checklist)) continue;
            String embed = d.path().embedFile();
            embedFiles.put(embed, "the embed page of " + d.path());
            embedFiles.put(embed.substring(0, embed.length() - "index.html".length()) + "oembed.json",
                    "the oEmbed file of " + d.path());
            Document taken = exact.get(embed);
            if (taken != null) {
                out.accept(Diagnostic.of(taken.source(), Position.START, Code.DUPLICATE_URL, taken.path()
                        + " would be written to " + embed + ", where the embed page of " + d.path() + " goes",
                        EMBED_HINT));
            }
        }
        for (Asset a : site.assets()) {
            String what = embedFiles.get(a.path().value());
            if (what != null) {
                out.accept(Diagnostic.ofFile("content/" + a.path(), 1, 1, Code.DUPLICATE_URL, a.path()
                        + " would be copied to where the build writes " + what, EMBED_HINT));
            }
        }
    }

    private static final String EMBED_HINT =
            "embed.js and embed/ in the output hold what other sites embed: rename or move the file";
}
