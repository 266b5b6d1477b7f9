package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A PDF of the site a build replaces, kept when its file identifier is the {@link PdfKey} of
 * the PDF the build would draw: drawing one took about 20 ms of CPU, reading its last
 * kilobytes takes a read. PDFBox writes the identifier in the trailer at the file's end, in the
 * clear, as {@code /ID [<hex> <hex>]}; a file cut short, edited at its end, or not a PDF does
 * not match, and is drawn again.
 */
final class OldPdf {
    private static final int TAIL = 2048;
    private static final byte[] MARK = "/ID [<".getBytes(StandardCharsets.US_ASCII);

    private OldPdf() {}

    /** The bytes of {@code file} when it is a regular file, a PDF, and identified by {@code key}. */
    static Optional<byte[]> matching(Path file, byte[] key) {
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return startsWith(bytes, "%PDF-") && endsWithEof(bytes) && key(bytes).map(k -> Arrays.equals(k, key)).orElse(false)
                    ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();  // unreadable: drawn again, as if it were not there
        }
    }

    /** The first identifier of the last {@code /ID} in the file's tail, if there is one. */
    static Optional<byte[]> key(byte[] pdf) {
        int from = Math.max(0, pdf.length - TAIL);
        for (int at = pdf.length - MARK.length; at >= from; at--) {
            if (!regionIs(pdf, at, MARK)) continue;
            int start = at + MARK.length;
            int end = start;
            while (end < pdf.length && pdf[end] != '>') end++;
            if (end == pdf.length) return Optional.empty();
            try {
                return Optional.of(HexFormat.of().parseHex(new String(pdf, start, end - start, StandardCharsets.US_ASCII)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the file ends as a whole PDF does, with %%EOF (and perhaps a line break). */
    private static boolean endsWithEof(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) end--;
        return regionIs(bytes, end - 5, "%%EOF".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return regionIs(bytes, 0, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean regionIs(byte[] bytes, int at, byte[] part) {
        if (at < 0 || at + part.length > bytes.length) return false;
        for (int i = 0; i < part.length; i++) if (bytes[at + i] != part[i]) return false;
        return true;
    }
}
