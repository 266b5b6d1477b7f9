package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule that stops a run: five full collections in a row that each leave the heap 95 % full. */
class HeapWatchTest {
    @Test
    void fiveFullCollectionsInARowStopTheRun() {
        HeapWatch watch = new HeapWatch();
        for (int i = 0; i < 4; i++) assertFalse(watch.stopAfter(96, 100));
        assertTrue(watch.stopAfter(95, 100));
    }

    @Test
    void oneCollectionThatFreesRoomStartsTheCountAgain() {
        HeapWatch watch = new HeapWatch();
        for (int i = 0; i < 4; i++) assertFalse(watch.stopAfter(99, 100));
        assertFalse(watch.stopAfter(94, 100));
        for (int i = 0; i < 4; i++) assertFalse(watch.stopAfter(100, 100));
        assertTrue(watch.stopAfter(100, 100));
    }

    @Test
    void aHeapWithNoKnownLimitNeverStopsIt() {
        HeapWatch watch = new HeapWatch();
        for (int i = 0; i < 10; i++) assertFalse(watch.stopAfter(100, -1));
    }
}
