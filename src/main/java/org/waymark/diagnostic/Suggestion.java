package org.waymark.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the closest candidate by edit distance, when it is close enough to help. */
public final class Suggestion {
    /**
     * A hint helps a person choose among a few names; among more than this, with as many broken
     * references (a generated file), edit distances to all of them made check quadratic.
     */
    static final int MAX_CANDIDATES = 1_000;

    private Suggestion() {}

    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (candidates.size() > MAX_CANDIDATES) return Optional.empty();
        return closestOfAll(wrong, candidates);
    }

    /**
     * Without the cap on candidates: for callers that bound how often they ask (a broken file
     * link in a site of 10,000 pages still deserves its "did you mean").
     */
    public static Optional<String> closestOfAll(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, wrong.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - wrong.length()) > allowed) continue; // the distance is at least this
            int d = distance(wrong.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
    }

    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) return Integer.MAX_VALUE / 2;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
