package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** check keeps a site in memory only when its pages would take at most a quarter of the heap. */
class CheckInMemoryTest {
    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void tenThousandPagesFitTheDefaultHeapOfAMachineWithEightGigabytes() {
        assertTrue(CheckInMemory.fits(10_401, 2 * GB));
    }

    @Test
    void aHundredThousandPagesUnderTwoGigabytesGoThroughTheScratchFolder() {
        assertFalse(CheckInMemory.fits(104_001, 2 * GB));
        assertFalse(CheckInMemory.fits(104_001, 6 * GB));
        assertFalse(CheckInMemory.fits(20_000, GB / 2));
    }
}
