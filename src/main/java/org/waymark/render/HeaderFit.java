package org.waymark.render;

import java.util.List;

/**
 * How many of the header's links fit on one row beside the site's title at 1280 px; the rest
 * go under a "More" menu. Decided at build time, so the header needs no script: widths are
 * estimated from the labels with the advance widths of DejaVu Sans, a wide font (the fallback
 * on Linux), and every label counted as bold, so real fonts take no more room than estimated.
 * The numbers follow the theme's CSS ({@code .site-header-inner}, {@code .site-nav}).
 */
final class HeaderFit {
    /** The header's content box at 1280 px: 72rem less 1rem of padding each side. */
    static final double ROW_PX = 72 * 16 - 2 * 16;
    /** The site title: 1.15rem, bold; CSS caps it at 30rem, where it wraps instead. */
    static final double TITLE_PX = 1.15 * 16;
    static final double TITLE_MAX_PX = 30 * 16;
    /** The gap between the title and the links (1.5rem), and between links (1rem). */
    static final double TITLE_GAP_PX = 24;
    static final double LINK_GAP_PX = 16;
    /** Links are 1.0625rem; the current one is bold. */
    static final double LINK_PX = 1.0625 * 16;
    static final double BOLD = 1.12;
    /** "More" with its marker, and a margin for rounding. */
    static final double MORE_PX = 4.5 * LINK_PX;
    static final double SLACK_PX = 24;
    /** The search box at the row's end (.search-input: 7rem) and the gap before it. */
    static final double SEARCH_PX = 7 * 16 + TITLE_GAP_PX;

    private HeaderFit() {}

    /** How many of {@code labels}, from the first, stay in the header row. */
    static int inline(String siteTitle, List<String> labels) {
        double title = Math.min(TITLE_MAX_PX, ems(siteTitle) * TITLE_PX * BOLD);
        double room = ROW_PX - title - TITLE_GAP_PX - SEARCH_PX - SLACK_PX;
        double all = 0;
        for (String label : labels) all += link(label);
        if (all <= room) return labels.size();
        double used = MORE_PX;
        int n = 0;
        while (n < labels.size() && used + link(labels.get(n)) <= room) used += link(labels.get(n++));
        return n;
    }

    private static double link(String label) {
        return ems(label) * LINK_PX * BOLD + LINK_GAP_PX;
    }

    /** The estimated width of {@code text} in em. */
    static double ems(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            w += em(c);
        }
        return w;
    }

    private static double em(int c) {
        if (c >= 0x10000) return 1.25;                 // emoji and other astral symbols
        if (c >= 0x1100) return 1.0;                   // CJK, Hangul and other full-width scripts
        if (c == ' ') return 0.32;
        if ("ijl".indexOf(c) >= 0) return 0.28;
        if ("IJ.,:;'!|".indexOf(c) >= 0) return 0.33;
        if ("ftr()-/".indexOf(c) >= 0) return 0.42;
        if (c == 'm') return 0.98;
        if (c == 'w') return 0.82;
        if (c == 'M' || c == 'W') return 1.0;
        if (c >= 'A' && c <= 'Z') return 0.78;
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') return 0.64;
        return 0.7;
    }
}
