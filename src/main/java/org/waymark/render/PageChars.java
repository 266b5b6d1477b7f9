package org.waymark.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * The buffer a template writes one page into, kept by its thread for the next page. A
 * StringWriter locks on every write and copies the page twice more (into a String, then
 * into the array the indentation pass works on); pages are written by the thousand.
 */
final class PageChars extends Writer {
    private static final ThreadLocal<PageChars> OF_THREAD = ThreadLocal.withInitial(PageChars::new);

    private char[] chars = new char[64 * 1024];
    private int length;

    /** This thread's buffer, emptied. */
    static PageChars forThread() {
        PageChars c = OF_THREAD.get();
        c.length = 0;
        return c;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    @Override
    public void write(char[] from, int offset, int count) {
        room(count);
        System.arraycopy(from, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String s, int offset, int count) {
        room(count);
        s.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    private void room(int count) {
        if (length + count > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
}
