package org.waymark.output;

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
        return normalize(page.substring(0, page.lastIndexOf('/') + 1), path);
    }

    /** "a/./b//c/../d" -> "a/b/d"; null when the path climbs above the root. */
    static String normalize(String path) {
        return normalize("", path);
    }

    /**
     * {@code folder} and {@code path} joined and normalised as {@link #normalize(String)} does,
     * in one pass over their characters: the verifier does this for every link of every page.
     */
    static String normalize(String folder, String path) {
        int total = folder.length() + path.length();
        char[] in = new char[total];
        folder.getChars(0, folder.length(), in, 0);
        path.getChars(0, path.length(), in, folder.length());
        char[] out = new char[total];
        int o = 0;
        int from = 0;
        for (int k = 0; k <= total; k++) {
            if (k < total && in[k] != '/') continue;
            int len = k - from;
            if (len == 2 && in[from] == '.' && in[from + 1] == '.') {
                if (o == 0) return null;
                while (o > 0 && out[o - 1] != '/') o--;
                if (o > 0) o--;
            } else if (len > 0 && !(len == 1 && in[from] == '.')) {
                if (o > 0) out[o++] = '/';
                System.arraycopy(in, from, out, o, len);
                o += len;
            }
            from = k + 1;
        }
        return new String(out, 0, o);
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
