package org.waymark.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.markdown.Slugs;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.text.Position;

/**
 * Tags that differ only in case or punctuation are one tag, with one page (render/Tags): "RAG"
 * and "rag" are meant alike, but "c++" and "c#" would silently become "c", and a page tagged
 * with two of them would show one. Case alone is taken as meant; a tag written with other
 * punctuation than the first is reported where it is written, naming the tag it joins.
 */
final class MergedTagsRule implements Rule {
    private record Written(String tag, Document where) {}

    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        Map<String, List<Written>> bySlug = new LinkedHashMap<>();
        List<Document> byPath = new ArrayList<>(site.documents().values());
        byPath.sort(java.util.Comparator.comparing(Document::path));
        for (Document d : byPath) {
            for (String t : d.tags()) {
                String tag = t.strip();
                List<Written> same = bySlug.computeIfAbsent(Slugs.tag(tag), k -> new ArrayList<>());
                if (same.stream().noneMatch(w -> w.tag().equalsIgnoreCase(tag))) same.add(new Written(tag, d));
            }
        }
        for (List<Written> same : bySlug.values()) {
            if (same.size() < 2) continue;
            Written first = same.get(0);
            for (Written w : same.subList(1, same.size())) {
                out.accept(Diagnostic.of(w.where().source(), at(w.where(), w.tag()), Code.MERGED_TAGS, "tag '" + w.tag()
                        + "' is the same tag as '" + first.tag() + "' (" + first.where().path() + "): tags that differ only "
                        + "in case or punctuation share one page, and a page shows them once",
                        "write them alike if they are one tag, or tell them apart in words, such as 'cpp' and 'csharp'"));
            }
        }
    }

    /** Where the tag is written, as a whole item after the "tags" key; else the file's start. */
    private static Position at(Document d, String tag) {
        String text = d.source().text();
        int key = text.indexOf("tags:");
        if (key < 0) return Position.START;
        Matcher m = Pattern.compile("(?<=[\\[,\\s\"'])" + Pattern.quote(tag) + "(?=[\\],\\s\"']|$)").matcher(text);
        return m.find(key) ? d.source().positionAt(m.start()) : Position.START;
    }
}
