package org.waymark.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages a {@link ScanStore} keeps, by their path in the site, for {@code check}: what check
 * needs of a page is the scan of the bytes it would make, and a page made from an equal digest
 * has the bytes a build made and scanned, whatever file holds them now. So check takes a kept
 * page's scan by its path and digest, with no look at the file: a {@code site/} copied, or
 * restored from a CI cache (new inodes, new times), serves as well as the one the build left.
 * A build, and {@code serve}, which publish the files themselves, take a page when it is the
 * very file verify read ({@link ScanStore#holds}), or a file that holds the very bytes verify
 * read ({@link #restored}).
 */
final class PagesByPath {
    private final ScanStore store;
    /** Each path's pages: one for each folder the store holds (the site and the one it replaced); made when first asked for. */
    private Map<String, List<KeptPage>> pages;
    private final AtomicInteger knownFromInputs = new AtomicInteger();
    /** Each file {@link #restored} read, as it was then: a build asks of a page twice (its inputs, then its model). */
    private final Map<SeenFile, Optional<KeptPage>> restored = new ConcurrentHashMap<>();

    PagesByPath(ScanStore store) {
        this.store = store;
    }

    private synchronized Map<String, List<KeptPage>> pages() {
        if (pages == null) {
            pages = new HashMap<>();
            for (KeptPage k : store.kept()) pages.computeIfAbsent(k.path(), p -> new ArrayList<>(2)).add(k);
        }
        return pages;
    }

    /** The digest of the model a build made the page at {@code path} from, when it made it from inputs with digest {@code inputs}; else null. */
    PageDigest madeFrom(String path, PageDigest inputs) {
        for (KeptPage k : pages().getOrDefault(path, List.of())) {
            if (inputs.equals(k.inputs()) && k.digest() != null) {
                knownFromInputs.incrementAndGet();
                return k.digest();
            }
        }
        return null;
    }

    /** The scan of the page a build made at {@code path} from a model with digest {@code digest}; else null. */
    PageScan scan(String path, PageDigest digest) {
        for (KeptPage k : pages().getOrDefault(path, List.of())) {
            if (digest.equals(k.digest())) return k.scan();
        }
        return null;
    }

    /**
     * What the store keeps of the page {@code file} of the site {@code site} when that file, as
     * it is now ({@code seen}), holds the very bytes verify read there, though it is another file (a site
     * restored from a CI cache: new inodes, new times); else null. The file is read once, and its
     * bytes' digest compared with the kept scan's ({@link PageScan#bytesDigest}); a page changed
     * since, by hand or otherwise, is not the page kept, and is made again.
     */
    KeptPage restored(Path site, Path file, SeenFile seen) {
        Path root = site.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) return null;
        String path = root.relativize(abs).toString().replace(File.separatorChar, '/');
        return restored.computeIfAbsent(seen, s -> Optional.ofNullable(readBack(path, abs, s))).orElse(null);
    }

    private KeptPage readBack(String path, Path file, SeenFile seen) {
        byte[] bytes = null;
        for (KeptPage k : pages().getOrDefault(path, List.of())) {
            if (k.file().size() != seen.size() || k.scan().bytes() == 0) continue;
            try {
                if (bytes == null) bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return null;
            }
            if (bytes.length == seen.size() && PageScan.bytesDigest(bytes) == k.scan().bytes()) {
                return new KeptPage(k.folder(), path, seen, k.scan(), k.digest(), k.inputs());
            }
        }
        return null;
    }

    /** How many pages {@link #madeFrom} knew by their inputs. */
    int knownFromInputs() {
        return knownFromInputs.get();
    }
}
