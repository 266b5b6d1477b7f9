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
        long fileSum = files.parallelStream().mapToLong(f -> mix(hash(f))).sum();
        long pageSum = scans.entrySet().parallelStream().mapToLong(e -> page(e.getKey(), e.getValue())).sum();
        return mix(mix(fileSum) + files.size()) ^ mix(pageSum + 31L * scans.size());
    }

    private static long page(String path, PageScan scan) {
        long ids = 0;
        Set<String> set = scan.ids();
        for (String id : set) ids += mix(hash(id));
        long links = 17;
        List<String> list = scan.links();
        for (String link : list) links = links * 0x100000001b3L + hash(link);
        return mix(hash(path) + mix(ids + set.size()) * 31 + mix(links + list.size()));
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
