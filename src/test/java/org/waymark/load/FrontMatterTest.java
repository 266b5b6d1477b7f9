package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void splitsYamlFromBody() {
        var fm = assertInstanceOf(FrontMatter.Closed.class, FrontMatter.split("---\ntitle: A\n---\n# Body\n"));
        assertEquals("title: A\n", fm.yaml());
        assertEquals("# Body\n", "---\ntitle: A\n---\n# Body\n".substring(fm.bodyStart()));
    }

    @Test
    void noFrontMatter() {
        assertInstanceOf(FrontMatter.None.class, FrontMatter.split("# Just a body\n---\n"));
    }

    @Test
    void unterminatedIsReportedNotSilentlyEmpty() {
        assertInstanceOf(FrontMatter.Unclosed.class, FrontMatter.split("---\ntitle: A\nbody\n"));
    }

    @Test
    void emptyFrontMatter() {
        var fm = assertInstanceOf(FrontMatter.Closed.class, FrontMatter.split("---\n---\nBody"));
        assertEquals("", fm.yaml());
    }
}
