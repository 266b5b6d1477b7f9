package org.waymark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Report;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every pipeline command shares. */
final class ProjectOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR",
            description = "the project folder (holding content/); default: the current folder")
    Path project = Path.of(".");

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    Path project(CommandLine.Model.CommandSpec spec) {
        if (!Files.isDirectory(project)) {
            throw new Refusal("no such folder: " + project);
        }
        Path dir = project.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("content"))) insideProject(dir, spec.qualifiedName(" "));
        return dir;
    }

    /** Refuses a folder inside a project's content/ or templates/, naming the project to run from. */
    private static void insideProject(Path dir, String command) {
        for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
            String name = p.getFileName().toString();
            if ((name.equals("content") || name.equals("templates")) && Files.isDirectory(p)) {
                Path root = p.getParent();
                Path cwd = Path.of("").toAbsolutePath().normalize();
                String shown = cwd.startsWith(root) ? cwd.relativize(root).toString() : root.toString();
                throw new Refusal("no content/ folder here: you are inside " + name + "/ of the project in "
                        + root + "; run Waymark from that folder, or name it: " + command + " " + (shown.isEmpty() ? "." : shown));
            }
        }
    }

    /** The way from the current folder to the project, for printed paths: "" or "docs/kb/". */
    static String pathPrefix(Path project) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (!project.startsWith(cwd) || project.equals(cwd)) return "";
        return cwd.relativize(project).toString().replace('\\', '/') + "/";
    }

    /** The report with its warnings left out, for --quiet. */
    static Report errorsOnly(Report report) {
        return new Report(report.diagnostics().stream().filter(Diagnostic::isError).toList());
    }

    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
