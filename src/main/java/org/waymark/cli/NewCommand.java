package org.waymark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a small knowledge base in DIR (a new or empty folder): site.yaml, a home page, a guide, "
                + "a decision tree, a checklist, an example of overriding a template, and a .gitignore for what builds write.")
final class NewCommand implements Callable<Integer> {
    /** The scaffold, as packaged under waymark/scaffold/ in the jar; listed, since a jar cannot be walked as folders. */
    static final List<String> FILES = List.of(
            "content/site.yaml",
            "content/index.md",
            "content/guides/writing-guidance.md",
            "content/decisions/design-review.yaml",
            "content/checklists/before-we-ship.yaml",
            "templates/404.ftlh");

    /**
     * The scaffold's .gitignore, kept in the jar without its dot (Maven leaves dot-files out of
     * resources by default, and git would read one there as its own).
     */
    static final String GITIGNORE = "gitignore";

    /** The scaffold's review date, replaced by the day the project is made. */
    static final String REVIEWED = "reviewed: 2000-01-01";

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder to create; it must not exist or be empty")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) throw new Refusal(dir + " is a file, not a folder");
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new Refusal(dir + " is not empty; 'waymark new' writes only into a new or empty folder, so that "
                    + "nothing of yours is overwritten");
        }
        for (String file : FILES) {
            // the guide is reviewed on the day it is written
            write(target.resolve(file), scaffold(file).replace(REVIEWED, "reviewed: " + LocalDate.now()));
        }
        write(target.resolve(".gitignore"), scaffold(GITIGNORE));
        String typed = dir.toString();
        String shown = typed.endsWith("/") ? typed : typed + "/";
        String arg = shown.substring(0, shown.length() - 1);
        System.out.println("Created " + shown + ": a home page, a guide, a decision tree, a checklist, and");
        System.out.println("templates/404.ftlh, a commented example of overriding one template of the theme,");
        System.out.println("and a .gitignore for what builds write.");
        System.out.println();
        System.out.println("Next:");
        System.out.printf("  %-34s %s%n", "waymark serve " + arg + " --open", "preview it; pages reload as you save");
        System.out.printf("  %-34s %s%n", "waymark check " + arg, "find any fault, with file, line and column");
        System.out.printf("  %-34s %s%n", "waymark build " + arg, "write the site into " + shown + "site/");
        System.out.println("  then open " + shown + "site/index.html in a browser (it works from disk),");
        System.out.println("  and edit the files in " + shown + "content/");
        return Main.OK;
    }

    private static String scaffold(String file) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("/waymark/scaffold/" + file)) {
            if (in == null) throw new UncheckedIOException(new IOException("scaffold file missing from the jar: " + file));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path to, String text) throws IOException {
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
