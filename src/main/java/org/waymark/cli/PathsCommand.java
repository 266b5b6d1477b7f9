package org.waymark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Report;
import org.waymark.model.DecisionTree;
import org.waymark.model.Site;
import org.waymark.paths.PathList;
import org.waymark.paths.TreePath;
import org.waymark.paths.TreePaths;
import org.waymark.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "paths", mixinStandardHelpOptions = true,
        description = {"Print every start-to-outcome path of every decision tree.",
                "%nOne path per line:%n  decisions/x.yaml: question=\"Answer\" / next-question=\"Answer\" -> outcome-id",
                "%nWith --write, refresh each tree's <tree>.paths.txt instead; check and build compare "
                        + "a tree with that file and report every path that changed."})
final class PathsCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--write", description = "write content/<tree>.paths.txt beside every tree")
    boolean write;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path project = options.project(spec);
        Pipeline.Checked checked = Pipeline.check(project, options.drafts, options.strict);
        // a stale path list is what --write repairs, so it must not stop it
        Report report = new Report(checked.report().diagnostics().stream()
                .filter(d -> d.code() != Code.PATHS_CHANGED).toList());
        new DiagnosticPrinter(System.err, ProjectOptions.colour(), ProjectOptions.pathPrefix(project))
                .print(report, DiagnosticPrinter.Format.HUMAN);
        if (report.hasErrors() || checked.site().isEmpty()) return Main.CONTENT_ERRORS;
        Site site = checked.site().get();
        for (DecisionTree tree : site.trees()) {
            TreePaths.Result paths = TreePaths.of(tree);
            if (write) {
                Path file = site.contentDir().resolve(PathList.beside(tree.path()).value());
                Files.writeString(file, PathList.text(tree, paths), StandardCharsets.UTF_8);
                System.out.println("wrote content/" + PathList.beside(tree.path()) + " (" + paths.paths().size()
                        + " paths)");
            } else {
                for (TreePath p : paths.paths()) System.out.println(tree.path() + ": " + p.line());
                if (paths.truncated()) System.out.println(tree.path() + ": (stopped after " + TreePaths.LIMIT + " paths)");
            }
        }
        return Main.OK;
    }
}
