package org.waymark.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;

/**
 * Decodes content strictly as UTF-8: invalid or overlong bytes are an error naming the line,
 * a byte-order mark is dropped, and CRLF becomes LF so both give the same result.
 */
final class TextDecoder {
    private TextDecoder() {}

    sealed interface Result permits Text, Failure {}

    record Text(String text) implements Result {}

    record Failure(Diagnostic diagnostic) implements Result {}

    static Result decode(String path, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // Most content is ASCII with LF line ends: one pass over the bytes tells, and the text is
        // then a copy of them (the decoder writes two bytes a character, then packs them again).
        if (plainAscii(bytes, start)) return new Text(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return new Failure(badBytes(path, bytes, in.position()));
        }
        r = decoder.flush(out);
        if (r.isError()) return new Failure(badBytes(path, bytes, in.position()));
        out.flip();
        String text = out.toString();
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n");
        if (text.indexOf('\u0000') >= 0) {
            int offset = text.indexOf('\u0000');
            int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
            return new Failure(Diagnostic.ofFile(path, line, 1, Code.INVALID_UTF8,
                    "the file contains a NUL byte: it looks binary, not text", "save it as UTF-8 text"));
        }
        return new Text(text);
    }

    /** No byte past {@code start} above 0x7F, and no CR or NUL (which the decoding path handles). */
    private static boolean plainAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b <= 0 || b == '\r') return false;
        }
        return true;
    }

    private static Diagnostic badBytes(String path, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = String.format("0x%02X", offset < bytes.length ? bytes[offset] & 0xff : 0);
        return Diagnostic.ofFile(path, line, offset - lineStart + 1, Code.INVALID_UTF8,
                "invalid UTF-8 byte " + where + " (the file must be UTF-8 text)",
                "re-save the file as UTF-8; Waymark does not guess other encodings");
    }
}
