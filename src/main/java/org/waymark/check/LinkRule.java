package org.waymark.check;

import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Suggestion;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.link.UrlSafety;
import org.waymark.markdown.Slugs;
import org.waymark.model.Asset;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Link;
import org.waymark.model.Page;
import org.waymark.model.Site;

/**
 * Every link, image, embed and {@code checklist:} reference resolves: the file exists inside
 * content/, the anchor names a heading, node or item there, and the scheme is a safe one.
 */
final class LinkRule implements DocumentRule {
    static final int FULL_HINTS = 200;
    static final String DRAFT_HINT = "serve includes drafts, as build and check do with --drafts; "
            + "or remove 'draft: true' when the page is ready";

    @Override
    public void check(Site site, LinkResolver links, Collection<? extends Document> documents,
                      Consumer<Diagnostic> out) {
        List<String> allPaths = new ArrayList<>();
        site.documents().keySet().forEach(p -> allPaths.add(p.value()));
        site.assets().stream().map(Asset::path).forEach(p -> allPaths.add(p.value()));
        List<Checklist> checklists = site.checklists();
        // Hints searched among every file of a large site, for the first broken links of a run.
        java.util.concurrent.Semaphore fullHints = new java.util.concurrent.Semaphore(FULL_HINTS);
        // A page builds its anchor set on each call; once per document keeps check linear in links.
        Map<ContentPath, Set<String>> anchors = new ConcurrentHashMap<>();
        Function<Document, Set<String>> anchorsOf = doc -> anchors.computeIfAbsent(doc.path(), p -> doc.anchors());
        boolean trusted = site.config().trustHtml();
        documents.parallelStream().forEach(d -> {
            List<Link> written = d.links();
            List<ResolvedLink> resolved = links.resolved(d);
            for (int i = 0; i < written.size(); i++) {
                Link link = written.get(i);
                // A raw HTML link the cleaner removes reaches no page; only its scheme is judged.
                if (link.cleanedAway() && !trusted && UrlSafety.isSafe(link.target())) continue;
                checkLink(links, allPaths, site, checklists, d, link, resolved.get(i), anchorsOf, fullHints, out);
            }
        });
    }

    private void checkLink(LinkResolver resolver, List<String> allPaths, Site site,
                           List<Checklist> checklists, Document from, Link link, ResolvedLink r,
                           Function<Document, Set<String>> anchorsOf, java.util.concurrent.Semaphore fullHints,
                           Consumer<Diagnostic> out) {
        String what = switch (link.kind()) {
            case IMAGE -> "image";
            case EMBED -> "embed";
            case CHECKLIST -> "checklist";
            default -> "link";
        };
        if (link.kind() == Link.Kind.EMBED && (link.target().isEmpty() || link.target().contains("\n"))) {
            out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.BAD_EMBED,
                    "an embed block must hold exactly one relative path",
                    "write one line, such as ../decisions/should-we-fine-tune.yaml"));
            return;
        }
        if (r instanceof ResolvedLink.Unsafe u) {
            out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.UNSAFE_URL, what + " uses the '" + u.scheme()
                    + ":' scheme, which is not allowed", UrlSafety.hint(u.scheme())));
        } else if (r instanceof ResolvedLink.Outside o) {
            out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.LINK_OUTSIDE, what + " '" + link.target()
                    + "' leads outside content/", "link only to files inside content/"));
        } else if (r instanceof ResolvedLink.Missing m) {
            if (site.failedAt(m.normalized())) return; // reported where it failed
            if (site.drafts().contains(new ContentPath(m.normalized()))) {
                out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.BROKEN_LINK, what + " target '"
                        + link.target() + "' is a draft (content/" + m.normalized() + " has 'draft: true'), "
                        + "left out of this build", DRAFT_HINT));
                return;
            }
            // Every path is a candidate however large the site; the number of such hints is bounded.
            var closest = fullHints.tryAcquire() ? Suggestion.closestOfAll(m.normalized(), allPaths)
                    : Suggestion.closest(m.normalized(), allPaths);
            String hint = closest
                    .map(c -> "did you mean '" + relative(from.path(), c) + "'?")
                    .orElseGet(() -> missingHint(checklists, from, link, m.normalized()));
            out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.BROKEN_LINK, what + " target '" + link.target()
                    + "' does not exist (looked for content/" + m.normalized() + ")", hint));
        } else if (r instanceof ResolvedLink.External e) {
            if (link.kind() == Link.Kind.EMBED || link.kind() == Link.Kind.CHECKLIST) wrongTarget(from, link, out);
        } else if (r instanceof ResolvedLink.ToAsset) {
            if (link.kind() == Link.Kind.EMBED || link.kind() == Link.Kind.CHECKLIST) wrongTarget(from, link, out);
        } else if (r instanceof ResolvedLink.ToDocument t) {
            Document target = resolver.document(t.target());
            if (link.kind() == Link.Kind.EMBED && !(target instanceof DecisionTree || target instanceof Checklist)
                    || link.kind() == Link.Kind.CHECKLIST && !(target instanceof Checklist)
                    || link.kind() == Link.Kind.IMAGE) {
                wrongTarget(from, link, out);
                return;
            }
            checkAnchor(from, link, t.anchor(), anchorsOf.apply(target), target, target.path().value(), out);
        } else if (r instanceof ResolvedLink.ToSection s) {
            if (link.kind() != Link.Kind.LINK) {
                wrongTarget(from, link, out);
            } else {
                checkAnchor(from, link, s.anchor(), Set.of(), null, s.folder(), out);
            }
        } else if (r instanceof ResolvedLink.SameDocument s) {
            if (link.kind() != Link.Kind.LINK) {
                wrongTarget(from, link, out);
            } else {
                checkAnchor(from, link, s.anchor(), anchorsOf.apply(from), from, "this file", out);
            }
        }
    }

    private static void checkAnchor(Document from, Link link, String anchor, Set<String> anchors, Document target,
                                     String where, Consumer<Diagnostic> out) {
        if (anchor == null || anchor.isEmpty() || anchors.contains(anchor)) return;
        String hint;
        if (target instanceof Page p && p.titleFromBody() && Slugs.slug(p.title()).equals(anchor)) {
            // The leading '# Heading' became the page's title, shown by the template without an id.
            hint = "'# " + p.title() + "' is the page's title, which has no anchor; link to the page itself";
        } else {
            hint = Suggestion.closest(anchor, anchors).map(c -> "did you mean '#" + c + "'?")
                    .orElse(anchors.isEmpty() ? null : "anchors there: " + String.join(", ",
                            anchors.stream().limit(8).toList()) + (anchors.size() > 8 ? ", …" : ""));
        }
        out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.BROKEN_ANCHOR, "anchor '#" + anchor
                + "' names no heading, node or item in " + where, hint));
    }

    private static void wrongTarget(Document from, Link link, Consumer<Diagnostic> out) {
        String expected = switch (link.kind()) {
            case EMBED -> "a decision tree or checklist (.yaml) in content/";
            case CHECKLIST -> "a checklist (kind: checklist) in content/";
            case IMAGE -> "an image file in content/";
            default -> "a page";
        };
        out.accept(Diagnostic.of(from.source(), link.at(), link.end(), Code.WRONG_TARGET, "'" + link.target()
                + "' is not " + expected, null));
    }

    /** A content-relative path written relative to the linking file's folder, for hints. */
    static String relative(ContentPath from, String target) {
        String[] base = from.folder().isEmpty() ? new String[0] : from.folder().split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < base.length && common < to.length - 1 && base[common].equals(to[common])) common++;
        StringBuilder b = new StringBuilder();
        for (int i = common; i < base.length; i++) b.append("../");
        for (int i = common; i < to.length; i++) b.append(to[i]).append(i < to.length - 1 ? "/" : "");
        return b.toString();
    }

    /** When no path is close: say what could be named instead, so the fix is one step away. */
    private static String missingHint(List<Checklist> checklists, Document from, Link link, String normalized) {
        if (link.kind() == Link.Kind.CHECKLIST) {
            List<String> lists = checklists.stream().map(c -> "'" + relative(from.path(), c.path().value()) + "'")
                    .sorted().limit(5).toList();
            return lists.isEmpty() ? "there are no checklists yet; create content/" + normalized + " with 'kind: checklist'"
                    : "checklists here: " + String.join(", ", lists);
        }
        return "paths are relative to this file; create content/" + normalized + " or correct the path";
    }
}
