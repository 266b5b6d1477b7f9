package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** check keeps a site's scans in memory only when they would take at most a quarter of the heap. */
class CheckInMemoryTest {
    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void aHundredThousandPagesFitATwoGigabyteHeap() {
        assertTrue(CheckInMemory.fits(10_401, GB / 2));
        assertTrue(CheckInMemory.fits(104_001, 2 * GB));
    }

    @Test
    void aSiteWhoseScansWouldPassAQuarterOfTheHeapGoesThroughTheScratchFolder() {
        assertFalse(CheckInMemory.fits(104_001, GB));
        assertFalse(CheckInMemory.fits(40_000, GB / 2));
    }
}
