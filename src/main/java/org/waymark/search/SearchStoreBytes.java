package org.waymark.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@link SearchStore}'s file, written and read: big-endian fixed numbers, unsigned varints, strings and byte runs by length. */
final class SearchStoreBytes {
    private byte[] b = new byte[1 << 16];
    private int n;

    SearchStoreBytes i32(int v) {
        room(4);
        for (int s = 24; s >= 0; s -= 8) b[n++] = (byte) (v >>> s);
        return this;
    }

    SearchStoreBytes i64(long v) {
        room(8);
        for (int s = 56; s >= 0; s -= 8) b[n++] = (byte) (v >>> s);
        return this;
    }

    SearchStoreBytes varint(int v) {
        room(5);
        while ((v & ~0x7F) != 0) {
            b[n++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        b[n++] = (byte) v;
        return this;
    }

    SearchStoreBytes bytes(byte[] v) {
        varint(v.length);
        room(v.length);
        System.arraycopy(v, 0, b, n, v.length);
        n += v.length;
        return this;
    }

    SearchStoreBytes string(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] array() {
        return b;
    }

    int length() {
        return n;
    }

    byte[] copy() {
        return Arrays.copyOf(b, n);
    }

    private void room(int more) {
        if (n + more > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
    }

    static int varint(ByteBuffer in) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = in.get();
            v |= (x & 0x7F) << shift;
            if (x >= 0) return v;
            if (shift > 28) throw new IllegalArgumentException("a varint longer than five bytes");
        }
    }

    static byte[] bytes(ByteBuffer in) {
        byte[] v = new byte[varint(in)];
        in.get(v);
        return v;
    }

    static String string(ByteBuffer in) {
        int length = varint(in);
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
