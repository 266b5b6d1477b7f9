package org.waymark.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Site;

/**
 * The site's sections (one per folder), their entries in order (what site.yaml's nav names
 * first, in its order; then by {@code order}, then title), and the reading order that
 * previous/next links follow. Derived once from the model.
 */
public final class Outline {

    /** A folder of content/; {@code index} is its index.md or README.md, when it has one. */
    public record Section(String folder, String title, Document index, List<Document> documents,
                          List<Section> sections) {
        public String outputFile() {
            return folder + "index.html";
        }
    }

    private final Section root;
    private final Map<String, Section> byFolder = new LinkedHashMap<>();
    private final List<Document> readingOrder = new ArrayList<>();
    /**
     * Position in reading order by path: records compare by value, which is costly for pages, and
     * a guide saved again (serve) stands where it stood.
     */
    private final Map<ContentPath, Integer> readingIndex = new java.util.HashMap<>();
    private final Map<String, List<Entry>> entries = new java.util.HashMap<>();
    private final Map<String, Integer> entryIndex = new java.util.concurrent.ConcurrentHashMap<>();

    /** One line of a section's listing: a document or a sub-section. */
    public record Entry(String outputFile, String title, String kind) {}

    /** What site.yaml's nav names comes first, in its order. */
    private final NavOrder nav;

    public Outline(Site site) {
        this(site, NavOrder.NONE);
    }

    Outline(Site site, NavOrder nav) {
        this.nav = nav;
        Map<String, List<Document>> docsByFolder = new LinkedHashMap<>();
        for (Document d : site.documents().values()) {
            docsByFolder.computeIfAbsent(d.path().folder(), k -> new ArrayList<>()).add(d);
            String f = d.path().folder();
            while (!f.isEmpty()) {
                String parent = new ContentPath(f.substring(0, f.length() - 1)).folder();
                docsByFolder.computeIfAbsent(parent, k -> new ArrayList<>());
                docsByFolder.computeIfAbsent(f, k -> new ArrayList<>());
                f = parent;
            }
        }
        docsByFolder.computeIfAbsent("", k -> new ArrayList<>());
        this.root = build("", docsByFolder);
        collectReadingOrder(root);
        for (int i = 0; i < readingOrder.size(); i++) readingIndex.put(readingOrder.get(i).path(), i);
    }

    private Section build(String folder, Map<String, List<Document>> docsByFolder) {
        List<Document> docs = new ArrayList<>(docsByFolder.getOrDefault(folder, List.of()));
        Document index = docs.stream().filter(d -> d instanceof Page && d.path().isIndex()).findFirst().orElse(null);
        docs.remove(index);
        sort(docs);
        List<Section> subs = new ArrayList<>();
        for (String f : docsByFolder.keySet()) {
            if (!f.equals(folder) && f.startsWith(folder) && f.indexOf('/', folder.length()) == f.length() - 1) {
                subs.add(build(f, docsByFolder));
            }
        }
        subs.sort(Comparator.comparingInt((Section s) -> nav.ofFolder(s.folder()))
                .thenComparing(s -> orderOf(s.index())).thenComparing(s -> s.title().toLowerCase(Locale.ROOT)));
        String title = index != null ? index.title() : folderTitle(folder);
        Section s = new Section(folder, title, index, List.copyOf(docs), List.copyOf(subs));
        byFolder.put(folder, s);
        return s;
    }

    /** A document with what orders it in its section, each worked out once rather than at every comparison. */
    private record Placed(Document document, int nav, int order, int kind, String title) {}

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::nav).thenComparingInt(Placed::order)
            .thenComparingInt(Placed::kind).thenComparing(Placed::title);

    /** Puts {@code docs} in order: what nav names first, then by {@code order}, kind and title (stable). */
    private void sort(List<Document> docs) {
        List<Placed> placed = new ArrayList<>(docs.size());
        for (Document d : docs) {
            placed.add(new Placed(d, nav.ofDocument(d.path()), orderOf(d), kindRank(d), d.title().toLowerCase(Locale.ROOT)));
        }
        placed.sort(ORDER);
        docs.clear();
        for (Placed p : placed) docs.add(p.document());
    }

    private static int orderOf(Document d) {
        return d instanceof Page p && p.order() != null ? p.order() : Integer.MAX_VALUE;
    }

    private static int kindRank(Document d) {
        return d instanceof Page ? 0 : d instanceof DecisionTree ? 1 : d instanceof Checklist ? 2 : 3;
    }

    /** A title for a folder without an index page: "Home" at the top, else the folder's name. */
    static String folderTitle(String folder) {
        return folder.isEmpty() ? "Home" : ContentPath.folderTitle(folder);
    }

    private void collectReadingOrder(Section s) {
        if (s.index() != null) readingOrder.add(s.index());
        readingOrder.addAll(s.documents());
        s.sections().forEach(this::collectReadingOrder);
    }

    public Section root() {
        return root;
    }

    public Section section(String folder) {
        return byFolder.get(folder);
    }

    public List<Section> sections() {
        return List.copyOf(byFolder.values());
    }

    public List<Document> readingOrder() {
        return readingOrder;
    }

    /** The document's place in reading order, or -1. */
    public int readingIndex(Document d) {
        return readingIndex.getOrDefault(d.path(), -1);
    }

    /** Where the entry for {@code outputFile} stands in the section's entries, or -1. */
    public int entryIndex(Section s, String outputFile) {
        entries(s);
        return entryIndex.getOrDefault(s.folder() + "\u0000" + outputFile, -1);
    }

    /** The section's documents then sub-sections, computed once per section. */
    public synchronized List<Entry> entries(Section s) {
        return entries.computeIfAbsent(s.folder(), f -> {
            List<Entry> list = new ArrayList<>();
            for (Document d : s.documents()) {
                String kind = d instanceof DecisionTree ? "decision" : d instanceof Checklist ? "checklist" : "page";
                list.add(new Entry(d.outputFile(), d.title(), kind));
            }
            for (Section sub : s.sections()) list.add(new Entry(sub.outputFile(), sub.title(), "section"));
            for (int i = 0; i < list.size(); i++) entryIndex.putIfAbsent(f + "\u0000" + list.get(i).outputFile(), i);
            return List.copyOf(list);
        });
    }

    /** The sections from the top down to (and including) the one holding {@code folder}. */
    public List<Section> trail(String folder) {
        List<Section> trail = new ArrayList<>();
        String f = "";
        trail.add(root);
        for (String part : folder.split("/")) {
            if (part.isEmpty()) continue;
            f = f + part + "/";
            Section s = byFolder.get(f);
            if (s != null) trail.add(s);
        }
        return trail;
    }
}
