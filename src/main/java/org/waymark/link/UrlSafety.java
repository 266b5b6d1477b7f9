package org.waymark.link;

import java.util.Optional;
import java.util.Set;

/**
 * Judges a URL's scheme the way a browser will read it ({@link Href}): control characters and
 * white space at the ends and tabs and line breaks inside do not hide a scheme, and case does
 * not matter. Only http, https, mailto and tel (and relative references) are allowed. The URL
 * is the attribute value as the browser gets it, entities already decoded: decoding it again
 * would judge a different URL from the one the page holds.
 */
public final class UrlSafety {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private UrlSafety() {}

    /** The scheme, lower-cased, when the URL has one. */
    public static Optional<String> scheme(String url) {
        return Optional.ofNullable(Href.schemeOf(url));
    }

    public static boolean isAllowedScheme(String scheme) {
        return ALLOWED.contains(scheme);
    }

    /** True for a URL that may be written into a page as it is (http, https, mailto, tel or relative). */
    public static boolean isSafe(String url) {
        String scheme = Href.schemeOf(url);
        return scheme == null || ALLOWED.contains(scheme);
    }

    /** Why a scheme is refused and what to write instead, for the diagnostic. */
    public static String hint(String scheme) {
        String allowed = "links may be http, https, mailto, tel or relative paths";
        return switch (scheme) {
            case "ftp", "ftps", "sftp" -> "browsers no longer open " + scheme + ": links; " + allowed
                    + ", so link to an https:// copy of the file or put it in content/";
            case "file" -> "a file: link works only on the author's machine; put the file in content/ and link"
                    + " to it with a relative path";
            default -> allowed;
        };
    }
}
