package org.waymark.model;

import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Severity;
import org.waymark.text.Source;

/** Settings from {@code site.yaml}; defaults apply where it is silent or absent. */
public record SiteConfig(Source source, String title, String description, String baseUrl, String language,
                         List<NavEntry> nav, boolean trustHtml, String contentSecurityPolicy,
                         Map<Code, Severity> checks, ReviewPeriod reviewEvery) {

    /** Without {@code reviewEvery} (null: nothing is ever overdue). */
    public SiteConfig(Source source, String title, String description, String baseUrl, String language,
                      List<NavEntry> nav, boolean trustHtml, String contentSecurityPolicy, Map<Code, Severity> checks) {
        this(source, title, description, baseUrl, language, nav, trustHtml, contentSecurityPolicy, checks, null);
    }

    public static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:";

    public static SiteConfig defaults() {
        return new SiteConfig(null, "Knowledge base", "", null, "en", List.of(), false, DEFAULT_CSP, Map.of());
    }
}
