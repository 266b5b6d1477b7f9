package org.waymark.mkdocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.waymark.model.ContentPath;
import org.waymark.text.Position;

/**
 * What MkDocs' nav becomes. Its top-level entries become site.yaml's {@code nav:} (a section
 * becomes the folder its pages share); its order, top to bottom, becomes {@code order:} in the
 * pages' front matter, so sections list their pages as the nav did; a nav title is given to a
 * page that has none of its own, and names a folder that has no index page through a new
 * {@code index.md}. What Waymark cannot say (a section spread over several folders, a link
 * inside a section) is reported.
 */
final class NavPlan {
    /** A line of site.yaml's nav: a path or a url, with a label (empty: the page's own title). */
    record Entry(String path, String url, String label) {}

    /** An index page to write, to name a section as the nav did. */
    record NewIndex(String title, int order) {}

    final List<Entry> entries = new ArrayList<>();
    final Map<String, Integer> order = new LinkedHashMap<>();
    final Map<String, String> titles = new LinkedHashMap<>();
    final Map<String, NewIndex> newIndexes = new LinkedHashMap<>();
    final List<Leftover> leftovers = new ArrayList<>();
    private final DocsFolder docs;
    private final Function<Position, String> where;
    private int next;

    private NavPlan(DocsFolder docs, Function<Position, String> where) {
        this.docs = docs;
        this.where = where;
    }

    static NavPlan of(List<NavItem> nav, DocsFolder docs, Function<Position, String> where) {
        NavPlan plan = new NavPlan(docs, where);
        for (NavItem item : nav) plan.top(item);
        return plan;
    }

    private void top(NavItem item) {
        if (item instanceof NavItem.Page p && folderOfPages(p) != null) {
            // a folder, as the literate-nav plugin reads it: Waymark's header can name a folder too
            String folder = folderOfPages(p);
            entries.add(new Entry(folder, null, p.title()));
            if (!p.title().isEmpty()) name(folder, new NavItem.Section(p.title(), List.of(), p.at()));
        } else if (item instanceof NavItem.Page p) {
            page(p, false).ifPresent(rel -> entries.add(new Entry(rel, null, p.title())));
        } else if (item instanceof NavItem.Link l) {
            if (l.url().matches("(?i)https?://.+")) {
                entries.add(new Entry(null, l.url(), l.title().isEmpty() ? l.url() : l.title()));
            } else {
                leftovers.add(new Leftover(where.apply(l.at()), "nav link '" + l.url() + "'",
                        "a header link elsewhere must be an http or https address"));
            }
        } else if (item instanceof NavItem.Section s) {
            String folder = sharedFolder(s);
            if (folder.isEmpty()) {
                leftovers.add(new Leftover(where.apply(s.at()), "nav section '" + s.title() + "'",
                        "its pages are in several top-level folders, and a header entry names one page or folder; "
                        + "its pages stay in their own folders' sections"));
                section(s, "");
            } else {
                entries.add(new Entry(folder, null, s.title()));
                name(folder, s);
                section(s, folder);
            }
        }
    }

    /** The pages of a section, in order; its links and sub-sections as Waymark can have them. */
    private void section(NavItem.Section s, String folder) {
        for (NavItem item : s.items()) {
            if (item instanceof NavItem.Page p) {
                page(p, true);
            } else if (item instanceof NavItem.Link l) {
                leftovers.add(new Leftover(where.apply(l.at()), "nav link '" + l.title() + "' in '" + s.title() + "'",
                        "only the header's top level can link elsewhere; link to it from a page"));
            } else if (item instanceof NavItem.Section sub) {
                String subFolder = sharedFolder(sub);
                if (subFolder.isEmpty() || subFolder.equals(folder)) {
                    leftovers.add(new Leftover(where.apply(sub.at()), "nav section '" + sub.title() + "'",
                            "it groups pages of one folder (or of several); Waymark makes a section of each folder, "
                            + "so its pages are listed in their folders' sections"));
                } else {
                    name(subFolder, sub);
                }
                section(sub, subFolder.isEmpty() ? folder : subFolder);
            }
        }
    }

    /** Gives the section's folder its nav title: through its index page, or a new one. */
    private void name(String folder, NavItem.Section s) {
        Optional<String> index = docs.indexOf(folder);
        if (index.isEmpty()) {
            if (!s.title().equals(ContentPath.folderTitle(folder))) newIndexes.put(folder, new NewIndex(s.title(), next += 10));
            return;
        }
        order.computeIfAbsent(index.get(), k -> next += 10);
        Optional<String> own = docs.page(index.get()).title();
        if (own.isEmpty()) {
            titles.putIfAbsent(index.get(), s.title());
        } else if (!own.get().equals(s.title())) {
            leftovers.add(new Leftover(where.apply(s.at()), "nav section title '" + s.title() + "'",
                    "Waymark names the section after its index page, " + docs.name() + index.get() + ": '"
                    + own.get() + "'; change its title there to keep the nav's"));
        }
    }

    /**
     * A page of the nav: given its place in the order, and the nav's title when it has none.
     * {@code inSection}: a top-level page keeps the nav's title as its label in the header.
     */
    private Optional<String> page(NavItem.Page p, boolean inSection) {
        String rel = normalize(p.path());
        if (folderOfPages(p) != null) {
            leftovers.add(new Leftover(where.apply(p.at()), "nav entry '" + p.path() + "'", "it names a folder (the "
                    + "literate-nav plugin's nav of it was not read); Waymark lists the folder's pages in its own section"));
            return Optional.empty();
        }
        if (!docs.isPage(rel)) {
            leftovers.add(new Leftover(where.apply(p.at()), "nav entry '" + p.path() + "'",
                    docs.files().containsKey(rel) ? "it is not a Markdown page; link to it from a page"
                            : "there is no such page in " + docs.name()));
            return Optional.empty();
        }
        order.computeIfAbsent(rel, k -> next += 10);
        Optional<String> own = docs.page(rel).title();
        if (!p.title().isEmpty() && own.isEmpty()) titles.putIfAbsent(rel, p.title());
        if (!p.title().isEmpty() && own.isPresent() && !own.get().equals(p.title()) && inSection) {
            leftovers.add(new Leftover(where.apply(p.at()), "nav title '" + p.title() + "'", "Waymark shows the "
                    + "page's own title, '" + own.get() + "'; change it in " + docs.name() + rel + " to keep the nav's"));
        }
        return Optional.of(rel);
    }

    /** The folder (ending in '/') that the entry names, when it is not a page and the folder holds pages; else null. */
    private String folderOfPages(NavItem.Page p) {
        String rel = normalize(p.path());
        if (rel.isEmpty() || docs.isPage(rel) || docs.files().containsKey(rel)) return null;
        String folder = rel + "/";
        return docs.files().keySet().stream().anyMatch(f -> f.startsWith(folder) && docs.isPage(f)) ? folder : null;
    }

    /** The deepest folder holding every page of the section; "" when that is the top. */
    private String sharedFolder(NavItem.Section s) {
        List<String> folders = new ArrayList<>();
        collectFolders(s, folders);
        if (folders.isEmpty()) return "";
        String shared = folders.get(0);
        for (String f : folders) {
            while (!f.startsWith(shared)) shared = new ContentPath(shared.substring(0, shared.length() - 1)).folder();
        }
        return shared;
    }

    private void collectFolders(NavItem.Section s, List<String> folders) {
        for (NavItem item : s.items()) {
            if (item instanceof NavItem.Page p && docs.isPage(normalize(p.path()))) {
                folders.add(new ContentPath(normalize(p.path())).folder());
            } else if (item instanceof NavItem.Section sub) {
                collectFolders(sub, folders);
            }
        }
    }

    /** "./a/../b.md" -> "b.md", "/b.md" -> "b.md", as MkDocs reads a nav path. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String seg : path.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }
}
