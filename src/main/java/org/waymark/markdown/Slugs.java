package org.waymark.markdown;

import java.util.Locale;
import java.util.Map;

/** GitHub-style heading ids: lower case, punctuation dropped, spaces to '-', repeats numbered. */
public final class Slugs {
    private Slugs() {}

    public static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.appendCodePoint(c);
            } else if (c == ' ') {
                b.append('-');
            }
        });
        return b.toString();
    }

    /** The slug, made unique within one page the way GitHub does: "a", "a-1", "a-2". */
    public static String unique(String slug, Map<String, Integer> used) {
        String base = slug.isEmpty() ? "section" : slug;
        Integer n = used.get(base);
        if (n == null) {
            used.put(base, 0);
            return base;
        }
        String candidate;
        do {
            n++;
            candidate = base + "-" + n;
        } while (used.containsKey(candidate));
        used.put(base, n);
        used.put(candidate, 0);
        return candidate;
    }
}
