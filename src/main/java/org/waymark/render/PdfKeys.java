package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.output.FileSwap;

/**
 * The {@link PdfKey} of each checklist PDF a build made, by its path and the digest of its
 * inputs ({@link PageInputs#ofPdf}), kept by {@code build} for the next one in a file beside the
 * site ({@code .site.pdfs}). A PDF made from the same inputs has the same key, so a rebuild takes
 * the key from here instead of making the PDF's model and XHTML again to find it; the last
 * site's file is kept when its identifier is that key ({@link OldPdf}), and made as usual when
 * not. So a record can only spare work, never keep a wrong file: the file's own identifier is
 * what keeps it. The file holds the PDFs of the last build only. Anything wrong with it
 * (missing, damaged, written by other code) only means that PDFs are made as before.
 */
public final class PdfKeys {
    /** No store: every PDF is made as before ({@code serve}, and sites too large for the stores). */
    public static final PdfKeys NONE = new PdfKeys(null, "", Map.of(), true);

    private record Made(long inputs, byte[] key) {}

    private final Path file;
    private final String header;
    private final Map<String, Made> last;
    /** Never written: {@code check} reads the store of the built site. */
    private final boolean readOnly;
    private final Map<String, Made> made = new ConcurrentHashMap<>();
    private final AtomicInteger known = new AtomicInteger();

    private PdfKeys(Path file, String header, Map<String, Made> last, boolean readOnly) {
        this.file = file;
        this.header = header;
        this.last = last;
        this.readOnly = readOnly;
    }

    /** The store of the site built into {@code out}: a file beside it. */
    public static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".pdfs");
    }

    /** What {@code file} holds for the code named {@code code}; {@link #save} writes this build's keys there. */
    public static PdfKeys at(Path file, String code) {
        return open(file, code, false);
    }

    /** The same, never written ({@code check}). */
    public static PdfKeys readOnly(Path file, String code) {
        return open(file, code, true);
    }

    private static PdfKeys open(Path file, String code, boolean readOnly) {
        String header = "pdf-keys 1|" + code;
        return new PdfKeys(file, header, read(file, header), readOnly);
    }

    /** The key of the PDF at {@code path} when the last build made it from inputs with digest {@code inputs}. */
    Optional<byte[]> key(String path, long inputs) {
        Made m = last.get(path);
        return m == null || m.inputs() != inputs ? Optional.empty() : Optional.of(m.key().clone());
    }

    /** Records, as {@link #record} does, a PDF kept by the key that {@link #key} gave; counted in {@link #known}. */
    void kept(String path, long inputs, byte[] key) {
        known.incrementAndGet();
        record(path, inputs, key);
    }

    /** Keeps for the next build that the PDF at {@code path}, made from inputs {@code inputs}, has key {@code key}. */
    void record(String path, long inputs, byte[] key) {
        if (file != null && !readOnly) made.put(path, new Made(inputs, key.clone()));
    }

    /** How many PDFs were kept by the key their inputs gave ({@link #kept}), their model and XHTML not made. */
    public int known() {
        return known.get();
    }

    /**
     * Writes this build's keys for the next build; not when read-only, nor when they are the last
     * build's. Nothing is reported when it cannot be written.
     */
    public void save() {
        if (file == null || readOnly || sameAsLast()) return;
        List<String> paths = new ArrayList<>(made.keySet());
        paths.sort(null);
        StringBuilder out = new StringBuilder(header).append('\n');
        HexFormat hex = HexFormat.of();
        for (String path : paths) {
            Made m = made.get(path);
            out.append(Long.toHexString(m.inputs())).append('\t').append(hex.formatHex(m.key())).append('\t')
                    .append(path).append('\n');
        }
        FileSwap.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private boolean sameAsLast() {
        if (made.size() != last.size()) return false;
        for (Map.Entry<String, Made> e : made.entrySet()) {
            Made was = last.get(e.getKey());
            if (was == null || was.inputs() != e.getValue().inputs()
                    || !Arrays.equals(was.key(), e.getValue().key())) return false;
        }
        return true;
    }

    /** The records of {@code file} when its first line is {@code header}; none when it is missing or damaged. */
    private static Map<String, Made> read(Path file, String header) {
        try {
            // 400 PDFs make about 30 KB: a file far larger is not this store's
            if (Files.size(file) > 64L * 1024 * 1024) return Map.of();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) return Map.of();
            Map<String, Made> records = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", 3);
                if (parts.length != 3) return Map.of();
                records.put(parts[2], new Made(Long.parseUnsignedLong(parts[0], 16), HexFormat.of().parseHex(parts[1])));
            }
            return records;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
