package org.waymark.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only a name that really is its bytes' hash lets the browser keep a file. */
class FingerprintedTest {
    // the first 8 hex digits of SHA-256("body {}\n")
    private static final byte[] CSS = "body {}\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNameCarryingItsBytesHashIsKeptAndNoOtherIs() throws Exception {
        String hash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(CSS), 0, 4);
        assertTrue(Fingerprinted.is("assets/waymark." + hash + ".css", CSS));
        assertTrue(Fingerprinted.is("waymark." + hash + ".css", CSS));
        assertFalse(Fingerprinted.is("assets/waymark." + hash + ".css", "body { }\n".getBytes(StandardCharsets.UTF_8)),
                "a file named like a hash, edited since: its name no longer stands for its bytes");
        assertFalse(Fingerprinted.is("assets/waymark.css", CSS));
        assertFalse(Fingerprinted.is("assets/" + hash + ".css", CSS), "no name before the hash");
        assertFalse(Fingerprinted.is("assets/waymark." + hash.toUpperCase(java.util.Locale.ROOT) + ".css", CSS));
        assertFalse(Fingerprinted.is("guides/a." + hash + "/index.html", CSS));
    }
}
