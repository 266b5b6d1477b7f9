package org.waymark.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Whether a served file's name carries its own bytes' hash ("waymark.10f5e099.css", as the
 * theme names its assets): such a name can never stand for other bytes, so the browser may
 * keep the file, and a page reloaded after a save asks only for its HTML. The hash is checked,
 * not assumed: a content file merely named like that may change under the same name.
 */
final class Fingerprinted {
    private static final Pattern NAME = Pattern.compile("(?:^|/)[^/]+\\.([0-9a-f]{8})\\.[A-Za-z0-9]+$");

    private Fingerprinted() {}

    static boolean is(String path, byte[] body) {
        var m = NAME.matcher(path);
        if (!m.find()) return false;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 4).equals(m.group(1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
