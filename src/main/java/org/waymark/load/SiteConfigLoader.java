package org.waymark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Severity;
import org.waymark.model.NavEntry;
import org.waymark.model.SiteConfig;
import org.waymark.text.Source;

/** Reads {@code site.yaml}. The keys beyond the format's are Waymark extensions (see the README). */
final class SiteConfigLoader {
    static final Set<String> KEYS = Set.of("title", "description", "baseUrl", "language", "nav",
            "trustHtml", "contentSecurityPolicy", "checks");

    private SiteConfigLoader() {}

    static SiteConfig load(Source source, List<Diagnostic> out) {
        SiteConfig d = SiteConfig.defaults();
        YamlReader.Result yaml = YamlReader.read(source);
        out.addAll(yaml.diagnostics());
        if (!yaml.ok()) return d;
        MappingFields f = MappingFields.of(source, yaml.root(), KEYS, "site.yaml", out).orElse(null);
        if (f == null) return d;
        String title = f.requiredText("title");
        String baseUrl = f.text("baseUrl");
        if (baseUrl != null) {
            if (!(baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
                out.add(Diagnostic.of(source, f.valueAt("baseUrl"), Code.INVALID_VALUE,
                        "baseUrl must be an absolute http(s) address", "for example https://kb.example.com/llm/"));
                baseUrl = null;
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        List<NavEntry> nav = new ArrayList<>();
        for (YamlNode.Scalar s : f.scalarList("nav")) nav.add(new NavEntry(s.value().strip(), s.at()));
        Map<Code, Severity> checks = new LinkedHashMap<>();
        f.mapping("checks").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                String code = e.key().value();
                Code found = Code.find(code).orElse(null);
                if (found == null) {
                    out.add(Diagnostic.of(source, e.key().at(), Code.INVALID_VALUE, "unknown check code '" + code + "'",
                            "codes are listed in docs/rules/"));
                    continue;
                }
                String value = e.value() instanceof YamlNode.Scalar s ? s.value().toLowerCase(Locale.ROOT) : "";
                Severity sev = switch (value) {
                    case "error" -> Severity.ERROR;
                    case "warning", "warn" -> Severity.WARNING;
                    case "ignore", "off" -> Severity.IGNORE;
                    default -> null;
                };
                if (sev == null) {
                    out.add(Diagnostic.of(source, e.value().at(), Code.INVALID_VALUE,
                            "a check's severity must be error, warning or ignore", null));
                } else {
                    checks.put(found, sev);
                }
            }
        });
        String language = f.text("language");
        String csp = f.text("contentSecurityPolicy");
        return new SiteConfig(source, title == null ? d.title() : title.strip(),
                PageLoader.orEmpty(f.text("description")).strip(), baseUrl,
                language == null || language.isBlank() ? "en" : language.strip(), List.copyOf(nav),
                f.bool("trustHtml").orElse(false), csp == null ? SiteConfig.DEFAULT_CSP : csp.strip(),
                Map.copyOf(checks));
    }
}
