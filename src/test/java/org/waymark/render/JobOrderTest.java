package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order the render stage hands its jobs to the threads ({@link SiteRenderer#inOrder}). */
class JobOrderTest {
    @Test
    void theFirstPdfAndTheTreesComeFirstThenTheOtherPdfsThenThePages() {
        assertEquals(List.of("pdf 1", "tree 1", "tree 2", "pdf 2", "pdf 3", "guide 1", "home"),
                SiteRenderer.inOrder(List.of("pdf 1", "pdf 2", "pdf 3"), List.of("tree 1", "tree 2"), List.of("guide 1", "home")));
    }

    @Test
    void aSiteWithoutChecklistsOrTreesKeepsItsPagesInOrder() {
        assertEquals(List.of("tree 1", "guide 1"), SiteRenderer.inOrder(List.of(), List.of("tree 1"), List.of("guide 1")));
        assertEquals(List.of("pdf 1", "guide 1"), SiteRenderer.inOrder(List.of("pdf 1"), List.of(), List.of("guide 1")));
        assertEquals(List.of("guide 1", "home"), SiteRenderer.inOrder(List.of(), List.of(), List.of("guide 1", "home")));
    }
}
