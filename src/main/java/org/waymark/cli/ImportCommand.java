package org.waymark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code waymark import}: brings docs kept with another tool over into a new Waymark project. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bring existing docs over into a new Waymark project. The source is only read.",
        subcommands = {ImportMkDocsCommand.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to import from: mkdocs");
    }
}
