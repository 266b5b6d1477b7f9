package org.waymark.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's path as a path inside the site, or nothing when it must be refused. The path is
 * taken raw (the JDK's decoded path turns {@code %2e%2e} into {@code ..}) and decoded once,
 * strictly; then anything that could leave the output folder or name a file another way is
 * refused: a ".." or "." segment, a backslash, a NUL or other control character, a '%' left
 * after decoding (double encoding such as {@code %252e}), or bytes that are not UTF-8.
 */
final class RequestPath {
    private RequestPath() {}

    /** "/a/b.html" -> "a/b.html"; "/" -> ""; "/a/" -> "a/". */
    static Optional<String> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        Optional<String> decoded = decode(rawPath.substring(1));
        if (decoded.isEmpty()) return Optional.empty();
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == '%' || c < 0x20 || c == 0x7f) return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        if (path.contains("//") || path.startsWith("/")) return Optional.empty();
        return Optional.of(path);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
