package org.waymark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code waymark}: the command line. Each subcommand is a thin shell over the pipeline. */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compiles decision guidance (Markdown pages, YAML decision trees and checklists) into a static site.",
        subcommands = {NewCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, PathsCommand.class, ExportCommand.class, SchemaCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_OR_INTERNAL = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // Not under serve, which runs for hours and whose heap is the author's to size.
        if (args.length == 0 || !args[0].equals("serve")) HeapWatch.start(System.err, OutOfMemory.command(args));
        System.exit(execute(args));
    }

    private static void versionEverywhere(CommandLine cli) {
        cli.getCommandSpec().versionProvider(new Version());
        for (CommandLine sub : cli.getSubcommands().values()) versionEverywhere(sub);
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Every command's help offers --version: each prints the same as waymark --version.
        versionEverywhere(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof Refusal refusal) {
                commandLine.getErr().println("waymark: " + refusal.getMessage());
                return USAGE_OR_INTERNAL;
            }
            if (OutOfMemory.causedBy(ex)) return OutOfMemory.report(commandLine.getErr(), OutOfMemory.command(args));
            commandLine.getErr().println("waymark: internal error: " + ex);
            if (System.getenv("WAYMARK_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("(set WAYMARK_DEBUG=1 for details, and please report it)");
            return USAGE_OR_INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(new java.io.PrintWriter(System.err, true), OutOfMemory.command(args));
        }
    }
}
