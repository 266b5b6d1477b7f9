package org.waymark.link;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * Judges a URL's scheme the way a browser will read it: after HTML entity decoding and with
 * control characters and white space removed, case-insensitively. Only http, https and mailto
 * (and relative references) are allowed.
 */
public final class UrlSafety {
    private UrlSafety() {}

    /** The URL as a browser reads it. */
    public static String normalize(String url) {
        String decoded = url.indexOf('&') >= 0 ? Parser.unescapeEntities(url, true) : url;
        StringBuilder b = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > 0x20 && c != 0x7f) b.append(c);
        }
        return b.toString();
    }

    /** The scheme, lower-cased, when the URL has one. */
    public static Optional<String> scheme(String url) {
        String n = normalize(url);
        int colon = n.indexOf(':');
        if (colon <= 0) return Optional.empty();
        int slash = indexOfAny(n, "/?#");
        if (slash >= 0 && slash < colon) return Optional.empty();
        return Optional.of(n.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    public static boolean isAllowedScheme(String scheme) {
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** True for a URL that may be written into a page as it is (http, https, mailto or relative). */
    public static boolean isSafe(String url) {
        return scheme(url).map(UrlSafety::isAllowedScheme).orElse(true);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
