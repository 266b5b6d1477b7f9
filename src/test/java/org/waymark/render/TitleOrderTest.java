package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleOrder} puts titles in the order of the root locale's collation keys (at secondary
 * strength), as the A to Z index sorted them before it, whether a title is plain ASCII,
 * compared by its characters' places, or not. The keys are the reference, not
 * {@link Collator#compare}: the two disagree about some control characters.
 */
class TitleOrderTest {
    private static final String ASCII_HEAVY = "aAbBzZ09 -_.,:;!?'\"()[]{}/\\&@#%*+<=>|~`^$";

    private static List<String> titles(long seed, int count, boolean pairs) {
        Random random = new Random(seed);
        String accented = "éÉàüÜßøÅçñœ–—’“…ДжΩ日";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder t = new StringBuilder();
            int length = random.nextInt(9);
            for (int k = 0; k < length; k++) {
                int pick = random.nextInt(20);
                if (pick < 14) t.append(ASCII_HEAVY.charAt(random.nextInt(ASCII_HEAVY.length())));
                else if (pick < 18) t.append((char) (0x20 + random.nextInt(0x5F)));
                else if (pick < 19) t.append(accented.charAt(random.nextInt(accented.length())));
                else t.append((char) random.nextInt(0x20));  // control characters: ignorable to the collator
            }
            out.add(t.toString());
        }
        // Every pair of printable ASCII characters, and each one alone.
        for (char a = 0x20; pairs && a <= 0x7E; a++) {
            out.add(String.valueOf(a));
            for (char b = 0x20; b <= 0x7E; b += 3) out.add("" + a + b);
        }
        return out;
    }

    @Test
    void titlesSortAsTheCollatorSortsThem() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        TitleOrder order = new TitleOrder();
        for (long seed = 1; seed <= 3; seed++) {
            List<String> titles = titles(seed, 6000, true);
            // Ties broken by the text itself, so both orders are total.
            List<String> expected = new ArrayList<>(titles);
            expected.sort(Comparator.comparing(collator::getCollationKey).thenComparing(Comparator.naturalOrder()));
            List<TitleOrder.Key> keys = new ArrayList<>(titles.stream().map(order::key).toList());
            keys.sort(order.thenComparing(TitleOrder.Key::title));
            assertEquals(expected, keys.stream().map(TitleOrder.Key::title).toList(), "seed " + seed);
        }
    }

    @Test
    void aTitlesKeyIsTheCollatorsOwn() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        TitleOrder order = new TitleOrder();
        for (String title : titles(11, 3000, true)) {
            byte[] bytes = collator.getCollationKey(title).toByteArray();
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < bytes.length; i += 2) expected.append((char) ((bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF));
            assertEquals(expected.toString(), order.key(title).key(), title);
        }
    }

    @Test
    void eachPairComparesAsTheCollatorComparesIt() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        TitleOrder order = new TitleOrder();
        List<String> titles = titles(7, 500, false);
        List<java.text.CollationKey> collated = titles.stream().map(collator::getCollationKey).toList();
        List<TitleOrder.Key> keys = titles.stream().map(order::key).toList();
        int equal = 0;
        for (int i = 0; i < titles.size(); i++) {
            for (int j = 0; j < titles.size(); j++) {
                int expected = Integer.signum(collated.get(i).compareTo(collated.get(j)));
                assertEquals(expected, Integer.signum(order.compare(keys.get(i), keys.get(j))), titles.get(i) + " | " + titles.get(j));
                equal += expected == 0 ? 1 : 0;
            }
        }
        assertTrue(equal > titles.size(), "some titles differ in letter case only, and compare equal");
    }
}
