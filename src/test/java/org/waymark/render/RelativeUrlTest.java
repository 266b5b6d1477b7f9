package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.waymark.model.ContentPath;

class RelativeUrlTest {
    @Test
    void outputLocationsAreTheContract() {
        assertEquals("a/b/index.html", new ContentPath("a/b.md").outputFile());
        assertEquals("a/index.html", new ContentPath("a/index.md").outputFile());
        assertEquals("index.html", new ContentPath("index.md").outputFile());
        assertEquals("decisions/x/index.html", new ContentPath("decisions/x.yaml").outputFile());
    }

    @Test
    void linksBetweenOutputFilesAreRelativeAndNameIndexHtml() {
        assertEquals("../c/index.html", RelativeUrl.between("a/b/index.html", "a/c/index.html"));
        assertEquals("../../index.html", RelativeUrl.between("a/b/index.html", "index.html"));
        assertEquals("a/b/index.html", RelativeUrl.between("index.html", "a/b/index.html"));
        assertEquals("index.html", RelativeUrl.between("a/index.html", "a/index.html"));
        assertEquals("../a/y.html", RelativeUrl.between("ab/x.html", "a/y.html"));
        assertEquals("../../", RelativeUrl.root("a/b/index.html"));
    }
}
