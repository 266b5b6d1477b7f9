package org.waymark.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * The A to Z index's entries: every section, guide, tree and checklist by title, under its
 * first letter, sorted once for all of the index's pages. Up to {@link #ONE_PAGE} entries fit
 * on one page, where the browser's find-in-page finds anything; a larger site gets a page per
 * letter ({@code a-z/<letter>/}), continued at {@code page/<n>/} after {@link #PER_PAGE}
 * entries, so that no page grows with the site (10,000 pages on one page were 2.8 MB).
 */
final class AzIndex {
    static final int ONE_PAGE = 500;
    static final int PER_PAGE = 500;

    /** One entry: a section (its listing page) or a document (not a folder's index page, which is its section). */
    sealed interface Entry permits SectionEntry, DocumentEntry {
        String title();

        String outputFile();
    }

    record SectionEntry(Outline.Section section) implements Entry {
        public String title() {
            return section.title();
        }

        public String outputFile() {
            return section.outputFile();
        }
    }

    record DocumentEntry(Document document) implements Entry {
        public String title() {
            return document.title();
        }

        public String outputFile() {
            return document.outputFile();
        }
    }

    /** A letter's entries, in order; {@code slug} names its folder, {@code id} its heading. */
    record Letter(String letter, String slug, String id, List<Entry> entries) {}

    private final String file;
    private final List<Letter> letters;
    private final int count;

    private AzIndex(String file, List<Letter> letters, int count) {
        this.file = file;
        this.letters = letters;
        this.count = count;
    }

    static AzIndex of(Site site, Outline outline) {
        List<Entry> entries = new ArrayList<>();
        sections(outline.root(), entries);
        for (Document d : site.documents().values()) if (!d.path().isIndex()) entries.add(new DocumentEntry(d));
        TitleOrder byTitle = new TitleOrder();
        // Each title made ready to compare once, beside its entry, not twice per comparison.
        record Sorting(Entry entry, TitleOrder.Key key) {}
        List<Sorting> sorting = new ArrayList<>(entries.size());
        for (Entry e : entries) sorting.add(new Sorting(e, byTitle.key(e.title())));
        sorting.sort((a, b) -> {
            int c = byTitle.compare(a.key(), b.key());
            return c != 0 ? c : a.entry().outputFile().compareTo(b.entry().outputFile());
        });
        entries.clear();
        for (Sorting s : sorting) entries.add(s.entry());
        Map<String, List<Entry>> byLetter = new TreeMap<>((a, b) -> a.equals("#") ? (b.equals("#") ? 0 : -1)
                : b.equals("#") ? 1 : byTitle.compare(a, b));
        // Each letter's list looked up in the ordered map once: letters the collator counts as one share it.
        Map<String, List<Entry>> listOf = new java.util.HashMap<>();
        for (Entry e : entries) {
            String letter = letter(e.title());
            List<Entry> list = listOf.get(letter);
            if (list == null) {
                list = byLetter.computeIfAbsent(letter, k -> new ArrayList<>());
                listOf.put(letter, list);
            }
            list.add(e);
        }
        List<Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> letters.add(new Letter(letter, slug(letter),
                "letter-" + (letter.equals("#") ? "other" : Integer.toHexString(letter.codePointAt(0))), List.copyOf(list))));
        return new AzIndex(location(site), List.copyOf(letters), entries.size());
    }

    private static void sections(Outline.Section s, List<Entry> out) {
        for (Outline.Section sub : s.sections()) {
            out.add(new SectionEntry(sub));
            sections(sub, out);
        }
    }

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

    /** The letter a title is listed under: its first letter without accents, in upper case; "#" for any other start. */
    static String letter(String title) {
        String t = title.strip();
        if (!t.isEmpty() && t.charAt(0) < 0x80) {  // ASCII: as it is under any normalisation
            char c = t.charAt(0);
            return c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 32)) : c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
        }
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) return "#";
        return new String(Character.toChars(t.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    /** A letter's folder name: a to z as they are, "other" for "#", else the code point in hex. */
    private static String slug(String letter) {
        if (letter.equals("#")) return "other";
        int c = letter.codePointAt(0);
        return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : "u" + Integer.toHexString(c);
    }

    String file() {
        return file;
    }

    List<Letter> letters() {
        return letters;
    }

    int count() {
        return count;
    }

    /** Whether the index has a page per letter rather than one page. */
    boolean split() {
        return count > ONE_PAGE;
    }

    static int pageCount(Letter l) {
        return Math.max(1, (l.entries().size() + PER_PAGE - 1) / PER_PAGE);
    }

    /** Page {@code n} of a letter's entries. */
    static List<Entry> page(Letter l, int n) {
        return ListingAddress.page(l.entries(), n, PER_PAGE);
    }

    /** Where page {@code n} of a letter is written. */
    String file(Letter l, int n) {
        String folder = file.substring(0, file.lastIndexOf('/') + 1) + l.slug() + "/";
        return folder + (n == 1 ? "" : "page/" + n + "/") + "index.html";
    }

    /** The entry as its page lists it, with hrefs from {@code from}. */
    static Map<String, Object> card(Chrome chrome, String from, Entry e) {
        if (e instanceof DocumentEntry d) return chrome.card(from, d.document());
        Outline.Section s = ((SectionEntry) e).section();
        Map<String, Object> m = chrome.entry(from, s.outputFile(), s.title(), "section");
        m.put("kindLabel", "Section");
        m.put("summary", s.index() == null || s.index().summary() == null ? "" : s.index().summary());
        return m;
    }
}
