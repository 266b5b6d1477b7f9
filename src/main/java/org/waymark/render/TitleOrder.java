package org.waymark.render;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Titles in the order of the root locale's collation keys at secondary strength (letter case
 * aside, accents counted), which is how the A to Z index sorts them. A collation key is the
 * primary weights of a text's characters (those not ignorable at that level), a zero, their
 * secondary weights and a zero, compared as a string. For a title of plain printable ASCII
 * that string is put together here from each character's weights, read once from the collator
 * itself; any other title gets its key from the collator. Making a key with the collator for
 * each of 10,000 titles took 130 to 170 ms of a rebuild, on the one thread that sets up pages.
 */
final class TitleOrder implements Comparator<TitleOrder.Key> {
    /** A title made ready to compare: its collation key, as a string. */
    record Key(String title, String key) {}

    private static final char FIRST = 0x20;
    private static final char LAST = 0x7E;

    private final Collator collator;
    /** Each printable ASCII character's primary weight (0 when ignorable at that level) and secondary weight; -1: not known. */
    private final int[] primary = new int[LAST + 1];
    private final int[] secondary = new int[LAST + 1];

    TitleOrder() {
        collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        for (char c = FIRST; c <= LAST; c++) {
            String key = keyOf(String.valueOf(c));
            int zero = key.indexOf('\0');
            // [primary] 0 secondary 0: anything else (no character of ASCII, in Java's rules) is left to the collator
            if (zero <= 1 && key.length() == zero + 3 && key.charAt(zero + 1) != 0 && key.charAt(zero + 2) == 0) {
                primary[c] = zero == 1 ? key.charAt(0) : 0;
                secondary[c] = key.charAt(zero + 1);
            } else {
                primary[c] = -1;
            }
        }
    }

    Key key(String title) {
        int n = title.length();
        StringBuilder primaries = new StringBuilder(2 * n + 2);
        for (int i = 0; i < n; i++) {
            char c = title.charAt(i);
            if (c < FIRST || c > LAST || primary[c] < 0) return new Key(title, keyOf(title));
            if (primary[c] > 0) primaries.append((char) primary[c]);
        }
        primaries.append('\0');
        for (int i = 0; i < n; i++) primaries.append((char) secondary[title.charAt(i)]);
        return new Key(title, primaries.append('\0').toString());
    }

    @Override
    public int compare(Key a, Key b) {
        return a.key().compareTo(b.key());
    }

    /** Two texts in the collator's order (for the few letters a title is listed under). */
    int compare(String a, String b) {
        return collator.compare(a, b);
    }

    /** The collator's key for {@code text}: its bytes are the key string's chars, high byte first. */
    private String keyOf(String text) {
        byte[] bytes = collator.getCollationKey(text).toByteArray();
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF);
        return new String(chars);
    }
}
