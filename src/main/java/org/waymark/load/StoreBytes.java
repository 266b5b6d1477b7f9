package org.waymark.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.waymark.text.PackedText;
import org.waymark.text.Position;

/**
 * The primitives {@link LoadStore}'s records are written in: big-endian ints, and strings as
 * their length (-1 for null), a Latin-1 flag, then one byte a char or two (any char sequence
 * round-trips, lone surrogates included).
 */
final class StoreBytes {
    private StoreBytes() {}

    static final class Out {
        private byte[] buf = new byte[4096];
        private int n;

        void string(String s) {
            if (s == null) {
                i32(-1);
                return;
            }
            int len = s.length();
            boolean latin1 = true;
            for (int i = 0; i < len && latin1; i++) latin1 = s.charAt(i) < 256;
            i32(len);
            u8(latin1 ? 1 : 0);
            room(latin1 ? len : 2 * len);
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (!latin1) buf[n++] = (byte) (c >>> 8);
                buf[n++] = (byte) c;
            }
        }

        void bytes(byte[] b) {
            i32(b.length);
            room(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        void u8(int v) {
            room(1);
            buf[n++] = (byte) v;
        }

        void i32(int v) {
            room(4);
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        /** A position as two ints; null as -1. */
        void position(Position p) {
            if (p == null) {
                i32(-1);
                return;
            }
            i32(p.line());
            i32(p.column());
        }

        /** A packed text as it is kept: deflated stays deflated. */
        void packed(PackedText p) {
            u8(p.latin1() ? 1 : 0);
            u8(p.deflated() ? 1 : 0);
            i32(p.chars());
            bytes(p.bytes());
        }

        byte[] toBytes() {
            return Arrays.copyOf(buf, n);
        }

        private void room(int more) {
            if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }

    /** Reads what {@link Out} wrote; reading past the end throws (the stored file is then not used). */
    static final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        String string() {
            int len = i32();
            if (len < 0) return null;
            boolean latin1 = u8() == 1;
            if (latin1) {
                check(len);
                String s = new String(buf, at, len, StandardCharsets.ISO_8859_1);
                at += len;
                return s;
            }
            check(2 * len);
            char[] cs = new char[len];
            for (int i = 0; i < len; i++, at += 2) cs[i] = (char) ((buf[at] & 0xff) << 8 | (buf[at + 1] & 0xff));
            return new String(cs);
        }

        byte[] bytes() {
            int len = i32();
            check(len);
            byte[] b = Arrays.copyOfRange(buf, at, at + len);
            at += len;
            return b;
        }

        boolean bool() {
            return u8() == 1;
        }

        int u8() {
            check(1);
            return buf[at++] & 0xff;
        }

        int i32() {
            check(4);
            int v = (buf[at] & 0xff) << 24 | (buf[at + 1] & 0xff) << 16 | (buf[at + 2] & 0xff) << 8 | (buf[at + 3] & 0xff);
            at += 4;
            return v;
        }

        Position position() {
            int line = i32();
            return line < 0 ? null : new Position(line, i32());
        }

        /** A packed text, kept as this process keeps texts ({@link PackedText#restored}). */
        PackedText packed() {
            boolean latin1 = bool();
            boolean deflated = bool();
            int chars = i32();
            return PackedText.restored(bytes(), chars, latin1, deflated);
        }

        boolean atEnd() {
            return at == buf.length;
        }

        private void check(int len) {
            if (len < 0 || len > buf.length - at) throw new IllegalStateException("stored bytes end early");
        }
    }
}
