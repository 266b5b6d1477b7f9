package org.waymark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What each file of content/ loaded as, kept between builds of one long-lived process
 * ({@code serve}): a file whose size, modification time and identity are as they were is not
 * read or parsed again. A file's load depends only on its text, its path and the site's title,
 * so the site loaded this way is the one a fresh load gives. The attributes are read before
 * the file is, so a change made while it is read shows as a change next time.
 */
public final class LoadCache {
    private record Key(long size, long modifiedNanos, Object fileKey, String siteTitle) {}

    /** {@code linked}: read through a symbolic link, so another file's save changes it too. */
    private record Entry(Key key, ContentFile file, boolean linked) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ContentFile get(ContentScanner.Found f, String siteTitle, Supplier<ContentFile> load) {
        Key key;
        try {
            BasicFileAttributes a = Files.readAttributes(f.file(), BasicFileAttributes.class);
            key = new Key(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey(), siteTitle);
        } catch (IOException e) {
            entries.remove(f.relative());
            return load.get();
        }
        Entry known = entries.get(f.relative());
        if (known != null && known.key().equals(key)) return known.file();
        ContentFile file = load.get();
        entries.put(f.relative(), new Entry(key, file, !f.file().endsWith(f.relative())));
        return file;
    }

    /**
     * Whether some file of the last load was read through a symbolic link: then a save to one
     * file may change what another path publishes, and a rebuild may not be narrowed to it.
     */
    public boolean anyLinked() {
        return entries.values().stream().anyMatch(Entry::linked);
    }

    /** Whether it holds nothing yet: before a process's first load. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Forgets files that are gone. */
    void keepOnly(Collection<ContentScanner.Found> present) {
        Set<String> names = new HashSet<>();
        for (ContentScanner.Found f : present) names.add(f.relative());
        entries.keySet().retainAll(names);
    }
}
