package org.waymark.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.waymark.diagnostic.Report;
import org.waymark.pipeline.Pipeline;
import org.waymark.serve.BuildOutcome;
import org.waymark.serve.PortInUse;
import org.waymark.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build with drafts into memory and serve the site on this machine; every change to content/ "
                + "or templates/ rebuilds it and reloads open pages, and errors show over the last good page. "
                + "Nothing is written to disk (site/ is not touched).")
final class ServeCommand implements Callable<Integer> {
    /**
     * How long files must stay unchanged before a rebuild: an editor's save is often several
     * writes, made within a few milliseconds. Short, because an author waits for it on every
     * save; a save caught half written makes a build that is not shown, and one more follows.
     */
    static final Duration QUIET = Duration.ofMillis(15);

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR",
            description = "the project folder (holding content/); default: the current folder")
    Path project = Path.of(".");

    @Option(names = "--port", paramLabel = "PORT", description = "the port to serve on; default 8080")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST",
            description = "the address to serve on; default 127.0.0.1 (this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--open", description = "open the site in the default browser")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private boolean first = true;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(project)) throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + project);
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        Path dir = project.toAbsolutePath().normalize();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --host: " + host);
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("warning: serving on " + host + " lets other machines read this preview, drafts "
                    + "included; the default, 127.0.0.1, keeps it to this one");
        }
        System.out.println("Building " + BuildCommand.display(dir, dir) + " (drafts included) ...");
        Preview preview;
        try {
            preview = Preview.start(new Preview.Options(dir, host, port, QUIET), outcome -> print(dir, outcome));
        } catch (PortInUse e) {
            System.err.println("waymark: " + e.getMessage() + e.free().stream()
                    .mapToObj(p -> "; try --port " + p).findFirst().orElse("; choose another with --port"));
            return Main.USAGE_OR_INTERNAL;
        }
        String shown = address.isAnyLocalAddress() ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        String url = "http://" + shown + ":" + preview.port() + "/";
        System.out.println("Serving at " + url + " (from memory; site/ is not touched). Press Ctrl-C to stop.");
        if (open) SystemBrowser.open(url);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                System.err.println("waymark: while stopping: " + e.getMessage());
            }
            System.out.println("Stopped.");
            stopped.countDown();
        }, "waymark-serve-stop"));
        stopped.await();
        return Main.OK;
    }

    /** The first build prints its whole report; later ones print their errors and one line. */
    private synchronized void print(Path dir, BuildOutcome outcome) {
        if (outcome instanceof BuildOutcome.Failed f) {
            System.err.println("waymark: the build could not run: " + f.why());
            return;
        }
        Pipeline.Result r = ((BuildOutcome.Built) outcome).result();
        Report shown = first ? r.report() : Report.of(r.report().diagnostics().stream().filter(d -> d.isError()).toList(),
                java.util.Map.of(), false);
        new DiagnosticPrinter(System.err, ProjectOptions.colour(), ProjectOptions.pathPrefix(dir))
                .print(shown, DiagnosticPrinter.Format.HUMAN);
        String verb = first ? "Built" : "Rebuilt";
        first = false;
        if (r.ok()) {
            int n = r.pagesWritten();
            System.out.printf(Locale.ROOT, "%s %d %s in %.1f s%n", verb, n, n == 1 ? "page" : "pages", r.millis() / 1000.0);
        } else {
            System.err.println("Build failed; serving the last good build, with the errors shown over its pages.");
        }
    }
}
