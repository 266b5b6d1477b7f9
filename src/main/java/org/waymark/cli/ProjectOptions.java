package org.waymark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + project);
        }
        return project.toAbsolutePath().normalize();
    }

    /** The way from the current folder to the project, for printed paths: "" or "docs/kb/". */
    static String pathPrefix(Path project) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (!project.startsWith(cwd) || project.equals(cwd)) return "";
        return cwd.relativize(project).toString().replace('\\', '/') + "/";
    }

    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
