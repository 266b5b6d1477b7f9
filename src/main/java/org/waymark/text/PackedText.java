package org.waymark.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text kept as bytes, exactly (any char sequence, lone surrogates included): Latin-1 text one
 * byte a character, other text two. A large site's model keeps every content file's text for
 * its diagnostics, and each Markdown text's HTML for render and search; past the heap's
 * {@link PlainBudget}, texts are kept deflated ({@code deflated}), which takes the benchmark's
 * sources to 0.43 of their size. The same text always packs to the same bytes the same way,
 * and two packed texts are equal when their texts are and they are kept the same way.
 */
public record PackedText(byte[] bytes, int chars, boolean latin1, boolean deflated) {
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);

    /**
     * Says how many bytes of text (one or two a char) this build expects to keep, so that which
     * texts are kept plain depends on each text alone, not on the order they were packed in.
     */
    public static void expect(long bytes) {
        PlainBudget.HEAP.expect(bytes);
    }

    /** The text, kept plain when its share of the heap's budget for plain texts allows, else deflated. */
    public static PackedText of(String text) {
        return of(text, PlainBudget.HEAP);
    }

    static PackedText of(String text, PlainBudget budget) {
        int n = text.length();
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        boolean latin1 = isLatin1(text, raw);
        if (!latin1) {
            raw = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                raw[2 * i] = (byte) (c >>> 8);
                raw[2 * i + 1] = (byte) c;
            }
        }
        if (budget.take(raw.length)) return new PackedText(raw, n, latin1, false);
        Deflater d = DEFLATER.get();
        d.reset();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        byte[] chunk = new byte[Math.max(256, Math.min(raw.length, 16384))];
        while (!d.finished()) out.write(chunk, 0, d.deflate(chunk));
        return new PackedText(out.toByteArray(), n, latin1, true);
    }

    /**
     * Whether {@code latin1} (the text encoded as ISO-8859-1) holds the text exactly. The
     * encoder writes '?' for each char past Latin-1, and one '?' for a surrogate pair, so the
     * text is Latin-1 when the lengths agree and every '?' was one: the bytes are checked, not
     * every char (a char-by-char test was 1.8 % of a 10,000-page build's CPU).
     */
    static boolean isLatin1(String text, byte[] latin1) {
        if (latin1.length != text.length()) return false;
        for (int i = 0; i < latin1.length; i++) {
            if (latin1[i] == '?' && text.charAt(i) != '?') return false;
        }
        return true;
    }

    /**
     * A packed text read back from where an earlier build kept it ({@code load/LoadStore}), kept
     * as this process would keep it: plain when its share of the heap's budget allows, else deflated.
     */
    public static PackedText restored(byte[] bytes, int chars, boolean latin1, boolean deflated) {
        PackedText kept = new PackedText(bytes, chars, latin1, deflated);
        int rawLength = latin1 ? chars : chars * 2;
        if (!deflated) return PlainBudget.HEAP.take(rawLength) ? kept : of(kept.text(), PlainBudget.HEAP);
        return PlainBudget.HEAP.take(rawLength) ? new PackedText(kept.raw(), chars, latin1, false) : kept;
    }

    /** The text as it was packed. */
    public String text() {
        byte[] raw = raw();
        if (latin1) return new String(raw, StandardCharsets.ISO_8859_1);
        return new String(wide(raw));
    }

    /** The text as it was packed, as characters: for a reader that scans an array (no string made, then copied). */
    public char[] toCharArray() {
        byte[] raw = raw();
        if (!latin1) return wide(raw);
        char[] cs = new char[chars];
        for (int i = 0; i < chars; i++) cs[i] = (char) (raw[i] & 0xff);
        return cs;
    }

    private char[] wide(byte[] raw) {
        char[] cs = new char[chars];
        for (int i = 0; i < chars; i++) cs[i] = (char) ((raw[2 * i] & 0xff) << 8 | (raw[2 * i + 1] & 0xff));
        return cs;
    }

    /**
     * The text's bytes, one or two a character, whether it is kept plain or deflated: what a
     * digest of the text itself reads (how a text is kept depends on the heap and on how much
     * text the build expects); callers only read them.
     */
    public byte[] raw() {
        if (!deflated) return bytes;
        return inflated(latin1 ? chars : chars * 2);
    }

    /**
     * Chars {@code from} to {@code to} of the text, without making the whole of it: a deflated
     * text is inflated only as far as {@code to}. A page's first line, asked of every page at every
     * build, made each source whole (and inflated it, past the budget for plain texts).
     */
    public String substring(int from, int to) {
        if (from < 0 || to > chars || from > to) throw new IndexOutOfBoundsException(from + ".." + to + " of " + chars);
        byte[] raw = deflated ? inflated(latin1 ? to : 2 * to) : bytes;
        if (latin1) return new String(raw, from, to - from, StandardCharsets.ISO_8859_1);
        char[] cs = new char[to - from];
        for (int i = from; i < to; i++) cs[i - from] = (char) ((raw[2 * i] & 0xff) << 8 | (raw[2 * i + 1] & 0xff));
        return new String(cs);
    }

    /** The first {@code length} bytes of the deflated text's bytes, one or two a character. */
    private byte[] inflated(int length) {
        byte[] raw = new byte[length];
        Inflater inf = INFLATER.get();
        inf.reset();
        inf.setInput(bytes);
        try {
            int at = 0;
            while (at < raw.length) {
                int got = inf.inflate(raw, at, raw.length - at);
                if (got == 0 && (inf.finished() || inf.needsInput())) break;
                at += got;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed text no longer inflates", e);
        }
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedText p && p.chars == chars && p.latin1 == latin1 && p.deflated == deflated
                && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PackedText[" + chars + " chars in " + bytes.length + (deflated ? " deflated" : "") + " bytes]";
    }
}
