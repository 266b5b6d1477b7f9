package org.waymark.output;

/**
 * What the {@link ScanStore} keeps of a page: its path in the site, its reading, the file it was
 * read from, the folder (by its file key) that file was in, the digests of the model the page
 * was made from and of that model's inputs (null if unknown), and, for a page read from the
 * store's file, where its record lies there ({@code stored}, else null): a page kept as it was
 * is copied, not encoded again.
 */
record KeptPage(String folder, String path, SeenFile file, PageScan scan, PageDigest digest, PageDigest inputs,
                StoredRecord stored) {
    KeptPage(String folder, String path, SeenFile file, PageScan scan, PageDigest digest, PageDigest inputs) {
        this(folder, path, file, scan, digest, inputs, null);
    }

    /** Whether {@code other} keeps the same file, read the same, made from the same (the folder aside). */
    boolean sameAs(KeptPage other) {
        return file.equals(other.file) && sameButChanged(other);
    }

    /**
     * The same, but for the file's change time: a page linked into a new folder (which changes
     * that time and nothing else) is kept with the reading it had.
     */
    boolean sameButChanged(KeptPage other) {
        return file.key().equals(other.file.key()) && file.size() == other.file.size() && file.modified() == other.file.modified()
                && path.equals(other.path)
                && (scan == other.scan || scan.equals(other.scan)) && java.util.Objects.equals(digest, other.digest)
                && java.util.Objects.equals(inputs, other.inputs);
    }

    /** A page's record in the store's file {@code file}: {@code length} bytes from {@code at}, the folder's index first. */
    record StoredRecord(EarlierFile file, int at, int length) {}

    /**
     * The store's file as read: its bytes, where its string table lies in them and how many
     * strings it has, and how many of those the last whole write made (the rest were added by
     * writes that copied records, {@link ScanStoreFile#encode}).
     */
    record EarlierFile(byte[] bytes, int tableFrom, int tableTo, int strings, int wholeStrings) {}
}
