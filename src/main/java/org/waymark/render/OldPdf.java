package org.waymark.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A PDF of the site a build replaces ({@link OldFiles}), kept when its file identifier is the
 * {@link PdfKey} of the PDF the build would draw: drawing one took about 20 ms of CPU, finding
 * its identifier takes a look at its last two kilobytes. PDFBox writes the identifier in the
 * trailer at the file's end, in the clear, as {@code /ID [<hex> <hex>]}; a file cut short,
 * edited at its end, or not a PDF does not match, and is drawn again.
 */
final class OldPdf {
    private static final int TAIL = 2048;
    private static final byte[] MARK = "/ID [<".getBytes(StandardCharsets.US_ASCII);

    private OldPdf() {}

    /** {@code old} when it is a whole PDF identified by {@code key}. */
    static Optional<byte[]> matching(Optional<byte[]> old, byte[] key) {
        return old.filter(bytes -> startsWith(bytes, "%PDF-") && endsWithEof(bytes)
                && key(bytes).map(k -> Arrays.equals(k, key)).orElse(false));
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
