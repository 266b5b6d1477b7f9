package org.waymark.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.diagnostic.Report;
import org.waymark.mkdocs.ImportResult;
import org.waymark.mkdocs.Leftover;
import org.waymark.mkdocs.MkDocsImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mkdocs", mixinStandardHelpOptions = true,
        description = {"Make a new Waymark project from an MkDocs project: docs_dir is copied to content/, and "
                + "mkdocs.yml's site_name, site_description, site_url, theme language and nav become "
                + "content/site.yaml. Prints what it could not carry over (theme, plugins, extensions, ...). "
                + "The MkDocs project is only read.",
                "Exit codes: 0 imported, 1 mkdocs.yml or docs_dir cannot be read, 2 usage (no mkdocs.yml, an output "
                + "folder that is not empty)."})
final class ImportMkDocsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MKDOCS_DIR",
            description = "the MkDocs project's folder, or its mkdocs.yml; default: the current folder")
    Path source = Path.of(".");

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "the new Waymark project's folder; it must not exist, or be empty")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(source)) throw new Refusal("no such folder: " + source);
        Path src = source.toAbsolutePath().normalize();
        String display = ProjectOptions.pathPrefix(Files.isDirectory(src) ? src : src.getParent());
        ImportResult result = MkDocsImport.run(src, out, display);
        PrintStream err = System.err;
        if (result instanceof ImportResult.Refused r) {
            err.println("waymark: " + r.reason());
            return Main.USAGE_OR_INTERNAL;
        }
        if (result instanceof ImportResult.Failed f) {
            Report report = new Report(f.diagnostics());
            new DiagnosticPrinter(err, ProjectOptions.colour()).print(report, DiagnosticPrinter.Format.HUMAN);
            err.println("Nothing was imported.");
            return Main.CONTENT_ERRORS;
        }
        ImportResult.Imported imported = (ImportResult.Imported) result;
        PrintStream o = System.out;
        String shown = BuildCommand.display(imported.out(), imported.out());
        o.println("Imported " + (display.isEmpty() ? "the MkDocs project" : display) + " -> " + shown);
        imported.carried().forEach(line -> o.println("  " + line));
        if (imported.leftovers().isEmpty()) {
            o.println("Everything was carried over.");
        } else {
            o.println("Not carried over (" + imported.leftovers().size() + "):");
            for (Leftover l : imported.leftovers()) o.println("  " + l);
        }
        o.println("Next: waymark check " + shown + "   (it names every page to fix, with file, line and column)");
        return Main.OK;
    }
}
