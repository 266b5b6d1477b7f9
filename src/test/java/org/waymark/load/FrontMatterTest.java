package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void splitsYamlFromBody() {
        var fm = FrontMatter.split("---\ntitle: A\n---\n# Body\n");
        assertEquals("title: A\n", fm.yaml());
        assertEquals("# Body\n", "---\ntitle: A\n---\n# Body\n".substring(fm.bodyStart()));
    }

    @Test
    void noFrontMatter() {
        var fm = FrontMatter.split("# Just a body\n---\n");
        assertNull(fm.yaml());
        assertEquals(0, fm.bodyStart());
    }

    @Test
    void unterminatedIsReportedNotSilentlyEmpty() {
        assertTrue(FrontMatter.split("---\ntitle: A\nbody\n").unterminated());
    }

    @Test
    void emptyFrontMatter() {
        var fm = FrontMatter.split("---\n---\nBody");
        assertEquals("", fm.yaml());
    }
}
