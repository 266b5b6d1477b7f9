package org.waymark.output;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A 64-bit digest of everything that decides whether a site's links resolve ({@link PageLinks}):
 * the path of every file, and each page's path, ids and links. Two sites with the same digest
 * give every link the same fate, so a build whose digest is that of the last build whose links
 * all resolved need not follow them again ({@link PassedLinks}). Files and pages add
 * in any order (a sum of mixed hashes); a page's links keep theirs. Each string is hashed with
 * 64-bit FNV-1a, so two different sites share a digest about once in 2^64.
 */
final class LinkDigest {
    private LinkDigest() {}

    static long of(Collection<String> files, Map<String, PageScan> scans) {
        return of(files, scans, List.of());
    }

    /**
     * The same, where the files under each folder of {@code fetched} ("assets/search/": files
     * that scripts fetch, and that no page is expected to link to) count only as the folder
     * being there or not, unless a link could name one of them: one on a page in that folder, or
     * one holding the folder's name and a slash or backslash after it, or any percent escape.
     * Any other link that resolves into the folder would have to spell its name, so the
     * fate of every link is the same whatever files the folder holds. The search index's
     * files change with the words of the site, and its names with them: a guide given one new
     * word would otherwise have every link of the site followed again.
     */
    static long of(Collection<String> files, Map<String, PageScan> scans, Collection<String> fetched) {
        List<String> quiet = fetched.stream().filter(folder -> unnamed(folder, scans)).toList();
        Collection<String> counted = quiet.isEmpty() ? files : files.parallelStream().filter(f -> !under(f, quiet)).toList();
        long fileSum = counted.parallelStream().mapToLong(f -> mix(hash(f))).sum();
        for (String folder : quiet) {
            boolean there = files.parallelStream().anyMatch(f -> f.startsWith(folder));
            fileSum += mix(hash(folder) + (there ? 1 : 2));
        }
        long pageSum = scans.entrySet().parallelStream().mapToLong(e -> page(e.getKey(), e.getValue())).sum();
        return mix(mix(fileSum) + counted.size()) ^ mix(pageSum + 31L * scans.size());
    }

    private static boolean under(String file, List<String> folders) {
        for (String folder : folders) if (file.startsWith(folder)) return true;
        return false;
    }

    /**
     * Whether no page is in {@code folder} (ending in '/') and no link could name a file in it.
     * A page's links are searched only when their {@link #folderEnds} say one might.
     */
    private static boolean unnamed(String folder, Map<String, PageScan> scans) {
        String name = folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1, folder.length() - 1);
        String slash = name + "/";
        String backslash = name + "\\";
        long end = name.isEmpty() ? -1L : nameBit(name);
        return scans.entrySet().parallelStream().noneMatch(e -> e.getKey().startsWith(folder)
                || (e.getValue().folderEnds() & end) != 0 && e.getValue().links().stream()
                        .anyMatch(l -> l.indexOf('%') >= 0 || l.contains(slash) || l.contains(backslash)));
    }

    private static long page(String path, PageScan scan) {
        return mix(hash(path) + scan.digest());
    }

    /**
     * A filter of the folder names the links may spell: for each '/' or '\\' in a link, a bit
     * for the character before it and one for the two before it; every bit when a link has a
     * percent escape. A link holding a name followed by a slash or backslash sets that name's
     * bit ({@link #nameBit}), so a page whose filter lacks the bit holds no such link.
     */
    static long folderEnds(List<String> links) {
        return parts(Set.of(), links).folderEnds();
    }

    /**
     * A page's part of the digest, but for its path (its ids in any order, its links in theirs),
     * and the {@link #folderEnds} of its links.
     */
    record Parts(long digest, long folderEnds) {}

    /**
     * Both parts in one pass over each link's characters: the filter's own pass over every link
     * of every page was 1.4 % of a cold 10,000-page build's CPU samples.
     */
    static Parts parts(Set<String> ids, List<String> links) {
        long idSum = 0;
        for (String id : ids) idSum += mix(hash(id));
        long linkChain = 17;
        long ends = 0;
        for (String link : links) {
            long h = 0xcbf29ce484222325L;
            char last = 0;
            char beforeLast = 0;
            for (int i = 0; i < link.length(); i++) {
                char c = link.charAt(i);
                h ^= c;
                h *= 0x100000001b3L;
                if (c == '/' || c == '\\') {
                    if (i >= 1) ends |= bit(last) | (i < 2 ? 0 : bit(beforeLast * 31 + last));
                } else if (c == '%') {
                    ends = -1L;  // every bit, whatever comes after
                }
                beforeLast = last;
                last = c;
            }
            linkChain = linkChain * 0x100000001b3L + h;
        }
        return new Parts(mix(idSum + ids.size()) * 31 + mix(linkChain + links.size()), ends);
    }

    /** The bit of a non-empty folder name in {@link #folderEnds}: of its last two characters, or its one. */
    static long nameBit(String name) {
        int n = name.length();
        return n < 2 ? bit(name.charAt(0)) : bit(name.charAt(n - 2) * 31 + name.charAt(n - 1));
    }

    private static long bit(int v) {
        return 1L << ((v * 0x9E3779B1) >>> 26);
    }

    /** FNV-1a over the string's chars. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: every bit of the input moves about half the output's. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
