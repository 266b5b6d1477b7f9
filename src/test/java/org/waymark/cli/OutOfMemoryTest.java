package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The out-of-memory message names the command that ran, and promises the site only where a build swaps one. */
class OutOfMemoryTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aBuildIsToldToRunTheBuildAgainWithMoreHeapAndThatTheSiteStayed() {
        String m = OutOfMemory.message(512 * MB, "", OutOfMemory.command("build", "kb"));
        assertTrue(m.startsWith("waymark: out of memory: this run needed more than the 512 MB of heap"), m);
        assertTrue(m.contains("WAYMARK_OPTS=-Xmx1024m waymark build (java -Xmx1024m -jar waymark.jar build"), m);
        assertTrue(m.contains("The previous site was left as it was."), m);
    }

    @Test
    void checkAndExportNameThemselvesAndPromiseNoSite() {
        for (String command : new String[] {"check", "export"}) {
            String m = OutOfMemory.message(100 * MB, "", OutOfMemory.command(command, "kb"));
            assertTrue(m.contains("WAYMARK_OPTS=-Xmx256m waymark " + command + " (java -Xmx256m -jar waymark.jar " + command), m);
            assertFalse(m.contains("site"), m);
        }
    }

    @Test
    void withoutASubcommandTheExampleIsBuild() {
        assertEquals("build", OutOfMemory.command());
        assertEquals("build", OutOfMemory.command("--version"));
    }
}
