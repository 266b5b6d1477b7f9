package org.waymark.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.Fault;
import org.waymark.output.Finding;
import org.waymark.text.Source;

/**
 * The one place a fault in the output becomes a diagnostic against a template: a template
 * that failed while writing a file (FreeMarker knows the line), or a fault the verifier found
 * in a page (looked for by its {@link Fault#evidence} in the template that wrote the page and
 * the templates it imports). A fault is pointed at the line of the project's own template when
 * the project overrides that template, else at the built-in template, with a hint to report it.
 */
public final class TemplateFaults {
    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");
    private static final String FOUND_HINT = "this template (or one it includes) wrote it; check your templates/ "
            + "overrides, or report it if the template is the built-in one";

    private final TemplateSet templates;

    public TemplateFaults(TemplateSet templates) {
        this.templates = templates;
    }

    /** A template that failed while writing {@code file}. */
    Diagnostic failed(TemplateSet.TemplateFailure f, String file) {
        String path = "templates/" + f.template;
        String message = f.getMessage() + " (while writing " + file + ")";
        Optional<TemplateSet.TemplateText> text = templates.text(f.template).filter(TemplateSet.TemplateText::own);
        if (text.isPresent()) {
            return Diagnostic.of(Source.of(path, text.get().text()), f.start, f.end, Code.TEMPLATE_ERROR, message, null);
        }
        return Diagnostic.ofFile(path, f.start.line(), f.start.column(), Code.TEMPLATE_ERROR, message,
                "the fault is in the built-in theme; please report it");
    }

    /** The verifier's findings as diagnostics. */
    public List<Diagnostic> located(List<Finding> findings) {
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(located(f));
        return out;
    }

    Diagnostic located(Finding f) {
        Fault fault = f.fault();
        if (f.template() == null) {
            return Diagnostic.ofFile("site/" + f.page(), 1, 1, fault.code(), fault.message(),
                    "check the theme or your templates/ overrides");
        }
        String message = fault.message() + " (in site/" + f.page() + ")";
        String evidence = fault.evidence();
        if (evidence != null && !evidence.isEmpty()) {
            for (TemplateSet.TemplateText t : withImports(f.template())) {
                int at = t.own() ? t.text().indexOf(evidence) : -1;
                if (at < 0) continue;
                Source source = Source.of("templates/" + t.name(), t.text());
                return Diagnostic.of(source, source.positionAt(at), source.positionAt(at + evidence.length()),
                        fault.code(), message, FOUND_HINT);
            }
        }
        return Diagnostic.ofFile("templates/" + f.template(), 1, 1, fault.code(), message, FOUND_HINT);
    }

    /** The template, then each template it imports or includes, depth first, each once. */
    private List<TemplateSet.TemplateText> withImports(String template) {
        List<TemplateSet.TemplateText> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        collect(template, seen, out);
        return out;
    }

    private void collect(String name, Set<String> seen, List<TemplateSet.TemplateText> out) {
        if (name == null || !seen.add(name)) return;
        Optional<TemplateSet.TemplateText> text = templates.text(name);
        if (text.isEmpty()) return;
        out.add(text.get());
        Matcher m = IMPORT.matcher(text.get().text());
        while (m.find()) collect(resolve(name, m.group(1)), seen, out);
    }

    /** An import's name as FreeMarker resolves it: from the importing template's folder, or the root for "/". */
    static String resolve(String from, String imported) {
        String joined = imported.startsWith("/") ? imported.substring(1)
                : from.substring(0, from.lastIndexOf('/') + 1) + imported;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null; // leaves the templates; FreeMarker refuses it too
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
