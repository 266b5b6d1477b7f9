package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * A page's file as verify found it ({@link ScanStore}): what tells it from any other file, or
 * from itself rewritten. Device and inode ({@code key}), size, modification and change time.
 */
record SeenFile(String key, long size, long modified, long changed) {
    /**
     * The file {@code f}, which a walk saw with {@code attrs}, asked once more for its change
     * time; null when the file system cannot tell it (the page is then read every time).
     */
    static SeenFile of(Path f, BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        if (key == null || !attrs.isRegularFile()) return null;
        try {
            Object changed = Files.getAttribute(f, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            if (!(changed instanceof FileTime t)) return null;
            return new SeenFile(key.toString(), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    t.to(TimeUnit.NANOSECONDS));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // Written out: a record's own equals goes through method handles, which the client compiler
    // runs slowly, and verify and the store's save compare the file of every page of the site.
    @Override
    public boolean equals(Object o) {
        return o instanceof SeenFile f && f.size == size && f.modified == modified && f.changed == changed
                && f.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Long.hashCode(changed);
    }

    /** The file {@code f} as it is now, links not followed; null when it cannot be told. */
    static SeenFile of(Path f) {
        try {
            return of(f, Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }
}
