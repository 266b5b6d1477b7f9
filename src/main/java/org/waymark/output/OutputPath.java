package org.waymark.output;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths inside a site, always relative to its root with '/' between names, worked out as a
 * browser or a web server does: the same for a site on disk and one held in memory, so that
 * both are verified alike.
 */
final class OutputPath {
    private OutputPath() {}

    /**
     * {@code path} taken from the folder of {@code page} (or from the root when it starts with
     * '/', which on a site served from a sub-path leaves it), with "." and ".." collapsed; null
     * when it climbs above the root or holds a NUL.
     */
    static String resolve(String page, String path) {
        if (path.indexOf('\0') >= 0 || path.startsWith("/")) return null;
        int slash = page.lastIndexOf('/');
        return normalize(slash < 0 ? path : page.substring(0, slash + 1) + path);
    }

    /** "a/./b//c/../d" -> "a/b/d"; null when the path climbs above the root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** Every folder that holds a file of {@code files}, the root ("") included. */
    static java.util.Set<String> folders(java.util.Collection<String> files) {
        java.util.Set<String> folders = new java.util.HashSet<>();
        folders.add("");
        for (String f : files) {
            int slash = f.lastIndexOf('/');
            while (slash > 0 && folders.add(f.substring(0, slash))) slash = f.lastIndexOf('/', slash - 1);
        }
        return folders;
    }
}
