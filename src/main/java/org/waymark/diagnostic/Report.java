package org.waymark.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * All diagnostics of a run, sorted and de-duplicated, with the project's severity settings
 * ({@code checks:} in site.yaml, {@code --strict}) applied.
 */
public record Report(List<Diagnostic> diagnostics) {

    public static Report of(Collection<Diagnostic> found, Map<Code, Severity> overrides, boolean strict) {
        TreeSet<Diagnostic> sorted = new TreeSet<>();
        for (Diagnostic d : found) {
            Severity s = overrides.getOrDefault(d.code(), d.severity());
            if (strict && s == Severity.WARNING) s = Severity.ERROR;
            if (s != Severity.IGNORE) sorted.add(d.withSeverity(s));
        }
        return new Report(List.copyOf(new ArrayList<>(sorted)));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    public long files() {
        return diagnostics.stream().map(Diagnostic::path).distinct().count();
    }
}
