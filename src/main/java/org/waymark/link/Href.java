package org.waymark.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URL split the way a browser reads it from an {@code href} or {@code src} attribute whose
 * value is {@code written} (that is, after Markdown's backslash escapes and HTML entities are
 * decoded: the caller's job, since only it knows the syntax the URL was written in). The one
 * place where URLs are taken apart and percent-decoded, for the content checks, for rewriting,
 * and for the verify stage alike.
 * <p>
 * As in the WHATWG URL parser: leading and trailing C0 controls and spaces are stripped, tabs
 * and line breaks anywhere are removed, and a scheme is a letter followed by letters, digits,
 * '+', '-' or '.', then ':'. Anything else (such as {@code foo):}) is a relative reference.
 * {@code path} and {@code fragment} are percent-decoded once; {@code query} is kept as written.
 *
 * @param url      the URL after stripping, as the browser goes on to parse it
 * @param scheme   lower-cased, or null for a relative reference
 * @param path     the decoded path of a relative reference ("" for "#x" or "?q"); the rest for others
 * @param query    the query without its '?', or null when there is none
 * @param fragment the decoded fragment without its '#', or null when there is none
 */
public record Href(String url, String scheme, String path, String query, String fragment) {

    public static Href parse(String written) {
        String url = strip(written);
        String scheme = scheme(url);
        if (scheme != null) return new Href(url, scheme, url.substring(scheme.length() + 1), null, null);
        String rest = url;
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = percentDecode(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        return new Href(url, null, percentDecode(rest), query, fragment);
    }

    /** The scheme {@link #parse} would find, lower-cased, or null: without decoding the rest. */
    public static String schemeOf(String written) {
        return scheme(strip(written));
    }

    public boolean isRelative() {
        return scheme == null;
    }

    /** A scheme-relative reference ({@code //host/path}), which leaves the site like an absolute URL. */
    public boolean isNetworkPath() {
        return scheme == null && url.startsWith("//");
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) start++;
        while (end > start && s.charAt(end - 1) <= 0x20) end--;
        int brk = start;
        while (brk < end) {
            char c = s.charAt(brk);
            if (c == '\t' || c == '\n' || c == '\r') break;
            brk++;
        }
        if (brk == end) return start == 0 && end == s.length() ? s : s.substring(start, end);  // the usual case: nothing inside to remove
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') b.append(c);
        }
        return b.toString();
    }

    private static String scheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) return null;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return url.substring(0, i).toLowerCase(Locale.ROOT);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return null;
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Each {@code %XX} turned into its byte and the bytes read as UTF-8, as a browser does when
     * it maps a URL to a file; a '%' not followed by two hex digits stays as it is.
     */
    public static String percentDecode(String s) {
        int first = s.indexOf('%');
        if (first < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, first);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = first;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    /**
     * A path (or a fragment) written so that a browser reads back exactly {@code s}: every
     * character but the unreserved ones, '/' and the harmless sub-delimiters is percent-encoded
     * as UTF-8, '%' included, so {@link #percentDecode} turns it back into {@code s}.
     */
    public static String percentEncode(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isKept(c)) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            int cp = s.codePointAt(i);
            if (Character.charCount(cp) == 2) i++;
            for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
            }
        }
        return b == null ? s : b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isKept(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
