package org.waymark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            "trustHtml", "contentSecurityPolicy", "checks", "reviewEvery", "editUrl", "pdf", "search");

    private SiteConfigLoader() {}

    /**
     * Always a configuration: where site.yaml has faults (all reported), the defaults stand in
     * for what could not be read, so that the rest of content/ is still checked.
     */
    static LoadResult.Loaded<SiteConfig> load(Source source) {
        List<Diagnostic> out = new ArrayList<>();
        YamlDocument yaml = YamlReader.read(source);
        out.addAll(yaml.diagnostics());
        // even a duplicate key, which leaves the tree whole, keeps the defaults: site.yaml is small
        if (!out.isEmpty()) return new LoadResult.Loaded<>(SiteConfig.defaults(), out);
        if (yaml instanceof YamlDocument.Parsed parsed) {
            Optional<MappingFields> fields = MappingFields.of(source, parsed.root(), KEYS, "site.yaml", out);
            if (fields.isPresent()) {
                SiteConfig config = config(source, fields.get(), out);
                return new LoadResult.Loaded<>(config, out);
            }
        } else {
            out.add(MappingFields.emptyDocument(source, "site.yaml"));
        }
        return new LoadResult.Loaded<>(SiteConfig.defaults(), out);
    }

    private static SiteConfig config(Source source, MappingFields f, List<Diagnostic> out) {
        Optional<String> title = f.requiredText("title");
        Optional<String> baseUrl = f.scalar("baseUrl").flatMap(url -> address(source, "baseUrl", url,
                "https://kb.example.com/llm/", out));
        Optional<String> editUrl = f.scalar("editUrl").flatMap(url -> address(source, "editUrl", url,
                "https://github.com/acme/kb/edit/main/content/", out));
        List<NavEntry> nav = NavEntries.read(source, f, out);
        Map<Code, Severity> checks = new LinkedHashMap<>();
        f.mapping("checks").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) check(source, e, out).ifPresent(c -> checks.put(c.getKey(), c.getValue()));
        });
        String language = f.text("language").map(String::strip).orElse("");
        String csp = f.text("contentSecurityPolicy").map(String::strip).orElse(SiteConfig.DEFAULT_CSP);
        return new SiteConfig(source, title.map(String::strip).orElse(SiteConfig.defaults().title()),
                f.text("description").orElse("").strip(), baseUrl.orElse(null), // the model's "no base URL"
                language.isEmpty() ? "en" : language, List.copyOf(nav),
                f.bool("trustHtml").orElse(false), csp, Map.copyOf(checks),
                ReviewFields.period(source, f, out).orElse(null), // null: nothing is ever overdue
                editUrl.orElse(null),
                PdfSettings.fonts(source, f, out),
                f.bool("search").orElse(true));
    }

    /** An absolute http(s) address ending in '/'; empty (and reported) when it is not one. */
    private static Optional<String> address(Source source, String key, YamlNode.Scalar url, String example,
                                            List<Diagnostic> out) {
        String value = url.value();
        if (!(value.startsWith("https://") || value.startsWith("http://"))) {
            out.add(Diagnostic.of(source, url.at(), Code.INVALID_VALUE,
                    key + " must be an absolute http(s) address", "for example " + example));
            return Optional.empty();
        }
        return Optional.of(value.endsWith("/") ? value : value + "/");
    }

    /** One entry of {@code checks:}, a code and its severity; empty (and reported) when either is unknown. */
    private static Optional<Map.Entry<Code, Severity>> check(Source source, YamlNode.Entry e, List<Diagnostic> out) {
        String code = e.key().value();
        Optional<Code> found = Code.find(code);
        if (found.isEmpty()) {
            out.add(Diagnostic.of(source, e.key().at(), Code.INVALID_VALUE, "unknown check code '" + code + "'",
                    "codes are listed in docs/rules/"));
            return Optional.empty();
        }
        String value = e.value() instanceof YamlNode.Scalar s ? s.value().toLowerCase(Locale.ROOT) : "";
        Optional<Severity> severity = switch (value) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning", "warn" -> Optional.of(Severity.WARNING);
            case "ignore", "off" -> Optional.of(Severity.IGNORE);
            default -> Optional.empty();
        };
        if (severity.isEmpty()) {
            out.add(Diagnostic.of(source, e.value().at(), Code.INVALID_VALUE,
                    "a check's severity must be error, warning or ignore", null));
        }
        return severity.map(s -> Map.entry(found.get(), s));
    }
}
