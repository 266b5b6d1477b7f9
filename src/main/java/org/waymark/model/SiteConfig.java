package org.waymark.model;

import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Severity;
import org.waymark.text.Source;

/**
 * Settings from {@code site.yaml}; defaults apply where it is silent or absent. {@code baseUrl}
 * and {@code editUrl} are null when not set; {@code editUrl} ends in '/', and a content file's
 * path appended to it is the address where that file is edited. {@code pdfFonts}: project
 * fonts that PDFs fall back to after the built-in one, in order. {@code search}: whether the
 * build writes the search index and pages show a search box (else only the A to Z link).
 */
public record SiteConfig(Source source, String title, String description, String baseUrl, String language,
                         List<NavEntry> nav, boolean trustHtml, String contentSecurityPolicy,
                         Map<Code, Severity> checks, ReviewPeriod reviewEvery, String editUrl, List<FontFile> pdfFonts,
                         boolean search) {

    /** Without {@code reviewEvery} (null: nothing is ever overdue), {@code editUrl} or PDF fonts of the project. */
    public SiteConfig(Source source, String title, String description, String baseUrl, String language,
                      List<NavEntry> nav, boolean trustHtml, String contentSecurityPolicy, Map<Code, Severity> checks) {
        this(source, title, description, baseUrl, language, nav, trustHtml, contentSecurityPolicy, checks, null, null, List.of(),
                true);
    }

    public static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:";

    public static SiteConfig defaults() {
        return new SiteConfig(null, "Knowledge base", "", null, "en", List.of(), false, DEFAULT_CSP, Map.of(), null, null, List.of(),
                true);
    }
}
