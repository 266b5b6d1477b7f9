package org.waymark.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages a {@link ScanStore} keeps, by their path in the site, for {@code check}: what check
 * needs of a page is the scan of the bytes it would make, and a page made from an equal digest
 * has the bytes a build made and scanned, whatever file holds them now. So check takes a kept
 * page's scan by its path and digest, with no look at the file: a {@code site/} copied, or
 * restored from a CI cache (new inodes, new times), serves as well as the one the build left.
 * A build, and {@code serve}, which publish the files themselves, take a page only when it is
 * the very file verify read ({@link ScanStore#holds}).
 */
final class PagesByPath {
    /** Each path's pages: one for each folder the store holds (the site and the one it replaced). */
    private final Map<String, List<KeptPage>> pages = new HashMap<>();
    private final AtomicInteger knownFromInputs = new AtomicInteger();

    PagesByPath(ScanStore store) {
        for (KeptPage k : store.kept()) pages.computeIfAbsent(k.path(), p -> new ArrayList<>(2)).add(k);
    }

    /** The digest of the model a build made the page at {@code path} from, when it made it from inputs with digest {@code inputs}; else null. */
    PageDigest madeFrom(String path, PageDigest inputs) {
        for (KeptPage k : pages.getOrDefault(path, List.of())) {
            if (inputs.equals(k.inputs()) && k.digest() != null) {
                knownFromInputs.incrementAndGet();
                return k.digest();
            }
        }
        return null;
    }

    /** The scan of the page a build made at {@code path} from a model with digest {@code digest}; else null. */
    PageScan scan(String path, PageDigest digest) {
        for (KeptPage k : pages.getOrDefault(path, List.of())) {
            if (digest.equals(k.digest())) return k.scan();
        }
        return null;
    }

    /** How many pages {@link #madeFrom} knew by their inputs. */
    int knownFromInputs() {
        return knownFromInputs.get();
    }
}
