package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.waymark.render.SchemaFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schemas for editors (site.yaml, decision trees, checklists, page front matter) "
                + "into a folder. A build also writes them into the site under schema/.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write them into; created if needed")
    Path out;

    @Override
    public Integer call() throws IOException {
        Map<String, byte[]> files = SchemaFiles.read();
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            System.err.println("waymark: " + out + " exists and is not a folder");
            return Main.USAGE_OR_INTERNAL;
        }
        Files.createDirectories(dir);
        for (var e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
        System.out.println("Wrote " + String.join(", ", files.keySet()) + " -> " + BuildCommand.display(dir, dir));
        return Main.OK;
    }
}
