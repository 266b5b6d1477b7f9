package org.waymark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.waymark.text.Position;

class HeadingTest {
    @Test
    void anIdThatIsTheTextsSlugIsWorkedOutNotKept() {
        Heading h = new Heading(2, "Getting started", "getting-started", new Position(3, 1), new Position(3, 19));
        assertNull(h.distinctId());
        assertEquals("getting-started", h.id());
        assertEquals(new Position(3, 1), h.at());
        assertEquals(new Position(3, 19), h.end());
    }

    @Test
    void anyOtherIdIsKept() {
        assertEquals("getting-started-1", new Heading(2, "Getting started", "getting-started-1", Position.START).id());
        assertEquals("custom", new Heading(2, "Getting started", "custom", Position.START).distinctId());
        // the page's title: no id at all
        assertEquals("", new Heading(1, "Getting started", "", Position.START).id());
        assertEquals("section", new Heading(2, "!!!", "section", Position.START).id());
    }
}
