package org.waymark.output;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that the stores kept beside a site ({@link ScanStore}, search's
 * SearchStore) are written into, big-endian as {@link ByteBuffer} reads it back, with the
 * readers of what it writes: a {@code DataOutputStream} over a {@code ByteArrayOutputStream}
 * takes a lock for every byte.
 */
public final class StoreBuffer {
    private byte[] bytes;
    private int length;

    public StoreBuffer() {
        this(1 << 16);
    }

    /**
     * One that holds {@code capacity} bytes before it grows: a writer that knows about how much
     * it writes (the file it replaces) makes one array, not a dozen doubling copies of it.
     */
    public StoreBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public void i32(int v) {
        room(4);
        bytes[length++] = (byte) (v >>> 24);
        bytes[length++] = (byte) (v >>> 16);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
    }

    public void i64(long v) {
        i32((int) (v >>> 32));
        i32((int) v);
    }

    /** An unsigned varint: seven bits a byte, low bits first. */
    public void varint(int v) {
        room(5);
        while ((v & ~0x7F) != 0) {
            bytes[length++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
    }

    /** {@code n} bytes of {@code b} from {@code from}, as they are: no length before them. */
    public void raw(byte[] b, int from, int n) {
        room(n);
        System.arraycopy(b, from, bytes, length, n);
        length += n;
    }

    /** Its length, then the bytes. */
    public void bytes(byte[] b) {
        i32(b.length);
        room(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** Its UTF-8 length, then the bytes. */
    public void string(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] array() {
        return bytes;
    }

    public int length() {
        return length;
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + n, bytes.length * 2));
    }

    /** A {@link #varint} read back; a run of more than five bytes is not one. */
    public static int varint(ByteBuffer in) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = in.get();
            v |= (x & 0x7F) << shift;
            if (x >= 0) return v;
            if (shift >= 28) throw new IllegalArgumentException("a varint longer than five bytes");
        }
    }

    /** {@link #bytes} read back. */
    public static byte[] bytes(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return b;
    }

    /** {@link #string} read back. */
    public static String string(ByteBuffer in) {
        int n = in.getInt();
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
