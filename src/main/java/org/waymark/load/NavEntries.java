package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.NavEntry;
import org.waymark.text.Source;

/**
 * Reads {@code nav:} of site.yaml. An entry is a path ({@code guides/}), or a mapping with a
 * {@code path} or a {@code url} and a {@code label}: the short text the header shows.
 */
final class NavEntries {
    static final Set<String> KEYS = Set.of("path", "url", "label");

    private NavEntries() {}

    static List<NavEntry> read(Source source, MappingFields site, List<Diagnostic> out) {
        List<NavEntry> nav = new ArrayList<>();
        for (YamlNode item : site.sequence("nav").map(YamlNode.Sequence::items).orElse(List.of())) {
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                nav.add(new NavEntry.Content(s.value().strip(), "", s.at()));
            } else if (item instanceof YamlNode.Mapping m) {
                entry(source, m, out).ifPresent(nav::add);
            } else {
                out.add(Diagnostic.of(source, item.at(), Code.WRONG_TYPE, "each entry of 'nav' must be a path or a "
                        + "mapping with 'path' or 'url' and 'label', not " + MappingFields.article(item.kind()),
                        "for example '- guides/' or '- {url: https://status.example.com/, label: Status}'"));
            }
        }
        return List.copyOf(nav);
    }

    private static Optional<NavEntry> entry(Source source, YamlNode.Mapping m, List<Diagnostic> out) {
        MappingFields f = new MappingFields(source, m, KEYS, "a nav entry", out);
        Optional<String> path = f.text("path").map(String::strip);
        Optional<String> url = f.text("url").map(String::strip);
        String label = f.text("label").map(String::strip).orElse("");
        if (path.isPresent() == url.isPresent()) {
            out.add(Diagnostic.of(source, m.at(), Code.MISSING_KEY, path.isPresent()
                    ? "a nav entry has both 'path' and 'url'" : "a nav entry has neither 'path' nor 'url'",
                    "give 'path' for a page or folder of content/, or 'url' for an address elsewhere"));
            return Optional.empty();
        }
        if (path.isPresent()) return Optional.of(new NavEntry.Content(path.get(), label, f.valueAt("path")));
        if (label.isEmpty()) {
            out.add(Diagnostic.of(source, m.at(), Code.MISSING_KEY, "a nav entry with a 'url' has no 'label'",
                    "add 'label:', the text the header shows"));
            return Optional.empty();
        }
        return Optional.of(new NavEntry.External(url.get(), label, f.valueAt("url")));
    }
}
