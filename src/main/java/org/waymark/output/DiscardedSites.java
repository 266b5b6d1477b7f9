package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Deletes old sites, put aside after a swap, on a background thread: the file system, not the
 * processor, is what a deletion waits on, so a build need not wait for it (at 10,000 pages it
 * took seconds). The thread is a daemon: a process that ends first leaves the rest of the folder,
 * under a name that says so, and the next build deletes it (see {@link SiteSwap#recover}).
 */
final class DiscardedSites {
    private DiscardedSites() {}

    static void deleteInBackground(Path discarded) {
        Thread t = new Thread(() -> {
            try {
                FolderTree.delete(discarded);
            } catch (IOException | RuntimeException e) {
                // left for the next build, whose recover() tries again
            }
        }, "delete " + discarded.getFileName());
        t.setDaemon(true);
        t.start();
    }
}
