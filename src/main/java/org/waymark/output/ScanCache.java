package org.waymark.output;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each page's scan ({@link PageScan}) kept between verifications of a site held in memory
 * ({@code serve}): a page whose bytes are what they were is not parsed again. The links
 * between pages are still checked across the whole site each time, so the findings are the
 * ones a fresh verification gives.
 */
public final class ScanCache {
    private record Entry(byte[] bytes, PageScan scan) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    PageScan get(String path, byte[] bytes, java.util.function.Supplier<PageScan> scan) {
        Entry known = entries.get(path);
        if (known != null && Arrays.equals(known.bytes(), bytes)) return known.scan();
        PageScan fresh = scan.get();
        entries.put(path, new Entry(bytes, fresh));
        return fresh;
    }

    void keepOnly(Set<String> present) {
        entries.keySet().retainAll(present);
    }
}
