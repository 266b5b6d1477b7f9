package org.waymark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.waymark.model.ContentPath;

class LinkResolverTest {
    @Test
    void dotSegmentsCollapseAndClimbingOutIsNull() {
        assertEquals("a/c.md", LinkResolver.normalize("a/b/../c.md"));
        assertEquals("a.md", LinkResolver.normalize("./a.md"));
        assertEquals(null, LinkResolver.normalize("../a.md"));
        assertEquals(null, LinkResolver.normalize("a/../../etc/passwd"));
    }

    @Test
    void schemesAreJudgedAsABrowserReadsThem() {
        // The value as the browser gets it from the attribute: entities are decoded before this.
        assertFalse(UrlSafety.isSafe("JaVaScRiPt:alert(1)"));
        assertFalse(UrlSafety.isSafe("java\tscript:alert(1)"));
        assertFalse(UrlSafety.isSafe("java\nscript:alert(1)"));
        assertFalse(UrlSafety.isSafe(" \u0001javascript:alert(1)"));
        assertFalse(UrlSafety.isSafe("vbscript:x"));
        assertFalse(UrlSafety.isSafe("data:text/html,x"));
        assertFalse(UrlSafety.isSafe("ftp://files.example.com/a.zip"));
        assertTrue(UrlSafety.isSafe("https://example.com/a:b"));
        assertTrue(UrlSafety.isSafe("mailto:a@example.com"));
        assertTrue(UrlSafety.isSafe("tel:+44-20-7946-0000"));
        assertTrue(UrlSafety.isSafe("guide.md#a:b"));
        assertTrue(UrlSafety.isSafe("./x:y.md"));
        // Not a scheme: a ')' cannot be part of one, so this is a relative path (CommonMark example 500).
        assertEquals(java.util.Optional.empty(), UrlSafety.scheme("foo):"));
        // An entity left in the URL is text: decoding it again would judge another URL than the page holds.
        assertTrue(UrlSafety.isSafe("&#106;avascript:alert(1)"));
        assertTrue(UrlSafety.hint("ftp").contains("https://"), UrlSafety.hint("ftp"));
    }

    @Test
    void hrefsAreSplitAndPercentDecodedOnce() {
        Href h = Href.parse(" g/caf%C3%A9.md?x=1#sec%20two\n");
        assertEquals(null, h.scheme());
        assertEquals("g/café.md", h.path());
        assertEquals("x=1", h.query());
        assertEquals("sec two", h.fragment());
        assertEquals("100%.md", Href.parse("100%.md").path(), "a '%' without two hex digits stays");
        assertEquals("a%41.md", Href.parse("a%2541.md").path(), "decoded once only");
        assertEquals("foo  bar", Href.parse("foo  \nbar").path(), "line breaks go, as in a browser");
        for (String name : new String[] {"a b/ü%#?.md", "x\\y", "100%"}) {
            assertEquals(name, Href.percentDecode(Href.percentEncode(name)), name);
        }
        assertEquals("a%20b/%C3%BC%25%23%3F.md", Href.percentEncode("a b/ü%#?.md"));
    }

    @Test
    void targetsResolveAsTheBrowserWillSeeThem() throws java.io.IOException {
        LinkResolver r = new LinkResolver(site("g/a\\_b.md", "g/café.md", "bar*", "f&ouml;&ouml;", "doc.pdf"));
        ContentPath from = new ContentPath("index.md");
        assertInstanceOf(ResolvedLink.ToDocument.class, r.resolve(from, "g/a\\_b.md"));
        assertInstanceOf(ResolvedLink.ToDocument.class, r.resolve(from, "g/caf%C3%A9.md"));
        assertInstanceOf(ResolvedLink.ToAsset.class, r.resolve(from, "/bar*"));
        assertInstanceOf(ResolvedLink.ToAsset.class, r.resolve(from, "f&ouml;&ouml;"));
        assertInstanceOf(ResolvedLink.Missing.class, r.resolve(from, "föö"));
        assertEquals(new ResolvedLink.ToAsset(new ContentPath("doc.pdf"), "page=3"), r.resolve(from, "doc.pdf#page=3"));
    }

    @Test
    void aDocumentsLinksResolvedTogetherAreEachResolvedAlone() throws java.io.IOException {
        java.nio.file.Path dir = org.waymark.testing.Scratch.dir("wm-links");
        java.nio.file.Path page = dir.resolve("content/g/a.md");
        java.nio.file.Files.createDirectories(page.getParent());
        java.nio.file.Files.writeString(page, "---\ntitle: A\n---\n[b](b.md) [up](../index.md#x) [gone](c.md) [web](https://x.org)"
                + " [self](#a) [bad](javascript:x) [out](../../x.md)\n");
        java.nio.file.Files.writeString(dir.resolve("content/g/b.md"), "---\ntitle: B\n---\nb\n");
        java.nio.file.Files.writeString(dir.resolve("content/index.md"), "---\ntitle: Home\n---\n[a](g/a.md)\n");
        org.waymark.model.Site site = org.waymark.testing.Projects.site(dir);
        LinkResolver r = new LinkResolver(site);
        org.waymark.model.Document a = site.documents().get(new ContentPath("g/a.md"));
        java.util.List<ResolvedLink> each = a.links().stream().map(l -> r.resolve(a.path(), l.target())).toList();
        assertEquals(7, each.size());
        assertEquals(each, r.resolved(a));
        assertSame(r.resolved(a), r.resolved(a), "worked out once");
    }

    @Test
    void resolutionKinds() {
        assertInstanceOf(ResolvedLink.Unsafe.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "javascript:x"));
        assertInstanceOf(ResolvedLink.Outside.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "../x.md"));
        assertInstanceOf(ResolvedLink.SameDocument.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "#top"));
        assertInstanceOf(ResolvedLink.External.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "https://x.org"));
        assertInstanceOf(ResolvedLink.Missing.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "b.md"));
    }

    /** A site of empty pages (.md) and attachments (anything else) at these content paths. */
    private static org.waymark.model.Site site(String... paths) throws java.io.IOException {
        java.nio.file.Path dir = org.waymark.testing.Scratch.dir("wm-links");
        for (String p : paths) {
            java.nio.file.Path file = dir.resolve("content").resolve(p);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, p.endsWith(".md") ? "---\ntitle: " + p.replace("\\", "/") + "\n---\n" : "x");
        }
        return org.waymark.testing.Projects.site(dir);
    }

    private static LinkResolver resolverOf() {
        return new LinkResolver(new org.waymark.model.Site(org.waymark.model.SiteConfig.defaults(),
                java.util.Map.of(), java.util.List.of(), java.util.Set.of(), null, null, java.util.Map.of()));
    }
}
