package org.waymark.render;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * The A-Z index: every section, guide, tree and checklist by title, under its first letter.
 * It is what the header's search box is without JavaScript (a link to this page), so a reader
 * can find anything with the browser's own find-in-page.
 */
public record AzIndexPage(String outputFile) implements SitePage {
    static final String TITLE = "A to Z";

    /** Where the index is written: "a-z/index.html", unless content already writes there. */
    static String location(Site site) {
        String file = "a-z/index.html";
        for (int n = 2; taken(site, file); n++) file = "a-z-" + n + "/index.html";
        return file;
    }

    private static boolean taken(Site site, String file) {
        String folder = file.substring(0, file.indexOf('/') + 1);
        for (Document d : site.documents().values()) {
            if (d.outputFile().startsWith(folder)) return true;
        }
        return false;
    }

    @Override
    public String template() {
        return "a-z.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Map<String, Object> m = parts.chrome().base(outputFile, "a-z", TITLE);
        Collator byTitle = Collator.getInstance(Locale.ROOT);
        byTitle.setStrength(Collator.SECONDARY);
        List<Map<String, Object>> entries = new ArrayList<>();
        sections(outputFile, parts.outline().root(), entries);
        for (Document d : parts.site().documents().values()) {
            if (d.path().isIndex()) continue; // a folder's index page is its section, listed above
            entries.add(parts.chrome().card(outputFile, d));
        }
        // Each title's collation key made once (as Collator.compare orders), not twice per comparison.
        Map<Map<String, Object>, CollationKey> keys = new IdentityHashMap<>();
        for (Map<String, Object> e : entries) keys.put(e, byTitle.getCollationKey((String) e.get("title")));
        entries.sort((a, b) -> {
            int c = keys.get(a).compareTo(keys.get(b));
            return c != 0 ? c : ((String) a.get("href")).compareTo((String) b.get("href"));
        });
        Map<String, List<Map<String, Object>>> byLetter = new TreeMap<>((a, b) -> a.equals("#") ? (b.equals("#") ? 0 : -1)
                : b.equals("#") ? 1 : byTitle.compare(a, b));
        for (Map<String, Object> e : entries) byLetter.computeIfAbsent(letter((String) e.get("title")), k -> new ArrayList<>()).add(e);
        List<Map<String, Object>> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("letter", letter);
            g.put("id", "letter-" + (letter.equals("#") ? "other" : Integer.toHexString(letter.codePointAt(0))));
            g.put("entries", list);
            letters.add(g);
        });
        m.put("letters", letters);
        m.put("count", entries.size());
        return m;
    }

    private static void sections(String from, Outline.Section s, List<Map<String, Object>> out) {
        for (Outline.Section sub : s.sections()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", sub.title());
            e.put("href", RelativeUrl.between(from, sub.outputFile()));
            e.put("kind", "section");
            e.put("kindLabel", "Section");
            e.put("summary", sub.index() == null || sub.index().summary() == null ? "" : sub.index().summary());
            out.add(e);
            sections(from, sub, out);
        }
    }

    /** The letter a title is listed under: its first letter without accents, in upper case; "#" for any other start. */
    static String letter(String title) {
        String t = Normalizer.normalize(title.strip(), Normalizer.Form.NFD);
        if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) return "#";
        return new String(Character.toChars(t.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
