package org.waymark.model;

import java.util.List;
import java.util.Map;

/**
 * What the rest of the site sees of a guide: what listings, navigation, tags, the A to Z
 * index and link labels show of it, what links to it can name (its anchors), what its own
 * links reach (orphans, link checks), and its first line (where site-wide findings point).
 * When a save leaves this as it was, no other page's output or findings can change: serve then
 * builds that guide alone (pipeline/MemoryBuild), and a build knows other pages unchanged
 * without making their models (render/PageInputs).
 */
public record Shown(String path, String title, String summary, List<String> tags, Integer order, boolean draft,
             Map<String, Object> extra, boolean titleFromBody, String owner, Object reviewed,
             List<List<Object>> headings, List<List<Object>> links, String firstLine) {

    public static Shown of(Page p) {
        List<List<Object>> headings = p.body().headings().stream()
                .map((Heading h) -> List.<Object>of(h.level(), h.text(), h.id())).toList();
        List<List<Object>> links = p.links().stream()
                .map((Link l) -> List.<Object>of(l.target(), l.kind(), l.cleanedAway())).toList();
        return new Shown(p.path().value(), p.title(), p.summary(), p.tags(), p.order(), p.draft(), p.extra(),
                p.titleFromBody(), p.review().owner(), p.review().reviewed(), headings, links, p.source().line(1));
    }
}
