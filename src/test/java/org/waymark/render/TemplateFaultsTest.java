package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.Fault;
import org.waymark.output.Finding;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Faults in the output are pointed at the template line that wrote them, from the fault's fields. */
class TemplateFaultsTest {
    @TempDir
    Path project;

    @Test
    void aFaultWrittenByAnOverriddenImportIsPointedAtItsLineWithItsRange() throws IOException {
        // page.ftlh is the built-in one; it imports layout.ftlh, which the project overrides.
        Projects.write(project, Map.of("content/index.md", "# Home\n\n[a](a.md)\n", "content/a.md", "# A\n",
                "templates/layout.ftlh", "<#macro page bodyClass=\"\">\n<!DOCTYPE html>\n<html><head><title>t</title></head>\n"
                        + "<body><h1>x</h1><#nested>\n  <a href=\"nowhere.html\">gone</a>\n</body></html>\n</#macro>\n"
                        + "<#macro tags list></#macro><#macro toc items></#macro><#macro cards items></#macro>\n"));
        Pipeline.Result r = Projects.build(project);
        assertFalse(r.ok());
        List<Diagnostic> links = r.report().diagnostics().stream().filter(d -> d.code() == Code.OUTPUT_LINK).toList();
        assertFalse(links.isEmpty(), Projects.human(r));
        for (Diagnostic d : links) {
            assertEquals("templates/layout.ftlh", d.path(), Projects.human(r));
            assertEquals(List.of(5, 12, 5, 24), List.of(d.line(), d.column(), d.endLine(), d.endColumn()));
            assertEquals("  <a href=\"nowhere.html\">gone</a>", d.sourceLine());
            assertTrue(d.message().startsWith("link 'nowhere.html' leads to no file (in site/"), d.message());
        }
    }

    @Test
    void aFaultInAnEmbedTemplateIsADiagnosticForThePage() throws IOException {
        Projects.write(project, Map.of("content/index.md", "# Home\n\n```embed\nt.yaml\n```\n",
                "content/t.yaml", "kind: decision\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q?\n    options:\n"
                        + "      - label: Yes\n        next: b\n      - label: No\n        next: b\n  b:\n    outcome: Done\n",
                "templates/embed-decision.ftlh", "<div>${no_such_thing}</div>\n"));
        Pipeline.Result r = Projects.build(project);
        assertFalse(r.ok());
        Diagnostic d = r.report().diagnostics().get(0);
        assertEquals(Code.TEMPLATE_ERROR, d.code());
        assertEquals("templates/embed-decision.ftlh", d.path());
        assertEquals(List.of(1, 8, 1, 21), List.of(d.line(), d.column(), d.endLine(), d.endColumn()));
        assertTrue(d.message().endsWith("(while writing index.html)"), d.message());
    }

    @Test
    void aFaultOfTheBuiltInThemeNamesItsTemplateAndAsksForAReport() throws IOException {
        TemplateFaults faults = new TemplateFaults(new TemplateSet(null));
        Diagnostic d = faults.located(new Finding("a/index.html", "page.ftlh", new Fault.H1Count(2)));
        assertEquals("templates/page.ftlh", d.path());
        assertEquals(List.of(1, 1), List.of(d.line(), d.column()));
        assertEquals("the page has 2 h1 headings; it needs exactly one (in site/a/index.html)", d.message());
        assertTrue(d.hint().contains("report it"), d.hint());

        Diagnostic copied = faults.located(new Finding("x.html", null, Fault.Plain.NO_TITLE));
        assertEquals("site/x.html", copied.path());
    }

    @Test
    void importsResolveAsFreeMarkerResolvesThem() {
        assertEquals("layout.ftlh", TemplateFaults.resolve("page.ftlh", "layout.ftlh"));
        assertEquals("parts/b.ftlh", TemplateFaults.resolve("parts/a.ftlh", "b.ftlh"));
        assertEquals("layout.ftlh", TemplateFaults.resolve("parts/a.ftlh", "/layout.ftlh"));
        assertEquals("layout.ftlh", TemplateFaults.resolve("parts/a.ftlh", "../layout.ftlh"));
        assertEquals(null, TemplateFaults.resolve("page.ftlh", "../outside.ftlh"));
    }
}
