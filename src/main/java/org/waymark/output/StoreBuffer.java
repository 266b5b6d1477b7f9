package org.waymark.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that {@link ScanStore} writes into, big-endian as {@link java.nio.ByteBuffer}
 * reads it back: a {@code DataOutputStream} over a {@code ByteArrayOutputStream} takes a lock for
 * every byte.
 */
final class StoreBuffer {
    private byte[] bytes = new byte[1 << 16];
    private int length;

    void i32(int v) {
        room(4);
        bytes[length++] = (byte) (v >>> 24);
        bytes[length++] = (byte) (v >>> 16);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
    }

    void i64(long v) {
        i32((int) (v >>> 32));
        i32((int) v);
    }

    /** Its UTF-8 length, then the bytes. */
    void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        i32(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + n, bytes.length * 2));
    }
}
