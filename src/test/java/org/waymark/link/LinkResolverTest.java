package org.waymark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
        assertFalse(UrlSafety.isSafe("JaVaScRiPt:alert(1)"));
        assertFalse(UrlSafety.isSafe("&#106;avascript:alert(1)"));
        assertFalse(UrlSafety.isSafe("java&#x09;script:alert(1)"));
        assertFalse(UrlSafety.isSafe("javascript&colon;alert(1)"));
        assertFalse(UrlSafety.isSafe(" \u0001javascript:alert(1)"));
        assertFalse(UrlSafety.isSafe("vbscript:x"));
        assertFalse(UrlSafety.isSafe("data:text/html,x"));
        assertTrue(UrlSafety.isSafe("https://example.com/a:b"));
        assertTrue(UrlSafety.isSafe("mailto:a@example.com"));
        assertTrue(UrlSafety.isSafe("guide.md#a:b"));
        assertTrue(UrlSafety.isSafe("./x:y.md"));
    }

    @Test
    void resolutionKinds() {
        assertInstanceOf(ResolvedLink.Unsafe.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "javascript:x"));
        assertInstanceOf(ResolvedLink.Outside.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "../x.md"));
        assertInstanceOf(ResolvedLink.SameDocument.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "#top"));
        assertInstanceOf(ResolvedLink.External.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "https://x.org"));
        assertInstanceOf(ResolvedLink.Missing.class, resolverOf().resolve(new org.waymark.model.ContentPath("a.md"), "b.md"));
    }

    private static LinkResolver resolverOf() {
        return new LinkResolver(new org.waymark.model.Site(org.waymark.model.SiteConfig.defaults(),
                java.util.Map.of(), java.util.List.of(), java.util.Set.of(), null, null, java.util.Map.of()));
    }
}
