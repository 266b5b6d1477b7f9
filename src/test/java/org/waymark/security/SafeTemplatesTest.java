package org.waymark.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Templates are trusted, but locked down: no commands, no ?api, no files outside the project. */
class SafeTemplatesTest {
    @TempDir
    Path project;

    private Pipeline.Result buildWithPageTemplate(String template) throws IOException {
        Projects.write(project, Map.of("content/index.md", "# Home\n\n[a](a.md)\n", "content/a.md", "# A\n",
                "templates/page.ftlh", template));
        return Projects.build(project);
    }

    @Test
    void newBuiltInCannotRunCommands() throws IOException {
        Path marker = project.resolve("pwned");
        Pipeline.Result r = buildWithPageTemplate("<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"touch "
                + marker + "\")}");
        assertFalse(r.ok());
        assertFalse(Files.exists(marker));
        String report = Projects.human(r);
        assertTrue(report.contains("templates/page.ftlh:1:"), report);
        assertTrue(report.contains("[WM406]"), report);
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void apiBuiltInIsOff() throws IOException {
        Pipeline.Result r = buildWithPageTemplate("${title?api.getClass().getName()}");
        assertFalse(r.ok());
        assertTrue(Projects.human(r).contains("templates/page.ftlh"), Projects.human(r));
    }

    @Test
    void includesCannotLeaveTheProject() throws IOException {
        Files.createDirectories(project.getParent().resolve("outside"));
        Files.writeString(project.getParent().resolve("outside/secret.ftlh"), "SECRET");
        Pipeline.Result r = buildWithPageTemplate("<#include \"../outside/secret.ftlh\">");
        assertFalse(r.ok(), "a template may include only files of the theme and the project's templates/");
        assertFalse(Projects.human(r).isEmpty());
    }

    @Test
    void aTemplateErrorIsADiagnosticNotAStackTraceInAPage() throws IOException {
        Pipeline.Result r = buildWithPageTemplate("<h1>${no_such_variable}</h1>");
        assertFalse(r.ok());
        String report = Projects.human(r);
        assertTrue(report.contains("templates/page.ftlh:1:"), report);
        assertFalse(report.contains("\tat "), "no stack trace: " + report);
    }

    @Test
    void aFaultInTheRenderedPageIsPointedAtTheTemplateLine() throws IOException {
        Pipeline.Result r = buildWithPageTemplate("<!DOCTYPE html>\n<html><head><title>x</title></head>\n<body><h1>x</h1>\n"
                + "<p>ok</p>\n  <a href=\"missing.html\">gone</a>\n</body></html>\n");
        assertFalse(r.ok());
        String report = Projects.human(r);
        assertTrue(report.contains("templates/page.ftlh:5:12: error: link 'missing.html' leads to no file"), report);
    }

    @Test
    void aTemplateWritingInlineScriptIsRefusedByVerify() throws IOException {
        Pipeline.Result r = buildWithPageTemplate("<!DOCTYPE html><html><head><title>x</title></head><body><h1>x</h1>"
                + "<script>alert(1)</script><p style=\"color:red\">y</p></body></html>");
        assertFalse(r.ok());
        String report = Projects.human(r);
        assertTrue(report.contains("inline <script>"), report);
        assertTrue(report.contains("style attribute"), report);
    }
}
