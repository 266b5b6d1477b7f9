package org.waymark.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.waymark.html.ScriptJson;
import org.waymark.pipeline.Pipeline;

/**
 * The fixtures of docs/client-data.md (src/test/resources/client-data): a project, and the JSON
 * its pages must hand the scripts. The Java side checks the build writes exactly that JSON; the
 * browser side feeds it to the scripts.
 */
public final class ClientData {
    public static final String WIZARD = "wizard-data";
    public static final String CHECKLIST = "checklist-data";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientData() {}

    public static Path folder() {
        return Projects.repo().resolve("src/test/resources/client-data");
    }

    /** The fixture project built into {@code out}. */
    public static Pipeline.Result build(Path out) throws IOException {
        return Pipeline.run(new Pipeline.Options(folder(), out, false, false, true));
    }

    public static Path expectedFile(String name) {
        return folder().resolve("expected").resolve(name);
    }

    public static String expectedText(String name) {
        try {
            return Files.readString(expectedFile(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode expectedJson(String name) throws IOException {
        return JSON.readTree(expectedText(name));
    }

    /** The data in the page's first {@code <script type="application/json" class=...>}, as the browser reads it. */
    public static JsonNode inPage(Path page, String className) throws IOException {
        return JSON.readTree(script(page, className).data());
    }

    /** Each such block of the page, in order (a page may embed several). */
    public static java.util.List<JsonNode> allInPage(Path page, String className) throws IOException {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("script." + className + "[type=application/json]")) {
            out.add(JSON.readTree(e.data()));
        }
        return out;
    }

    /** Two-space indents, one array element a line, {@code "key": value}: the fixtures are read by people. */
    public static String pretty(JsonNode data) throws IOException {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indent);
        printer.indentObjectsWith(indent);
        return JSON.writer(printer).writeValueAsString(data) + "\n";
    }

    /**
     * A copy of {@code page} beside it, named {@code name}, whose data block holds {@code data}
     * instead of what the build wrote: the scripts then run on the fixture itself.
     */
    public static Path feed(Path page, String className, JsonNode data, String name) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(<script type=\"application/json\" class=\"" + className + "\">)(.*?)(</script>)",
                Pattern.DOTALL).matcher(html);
        if (!m.find()) throw new AssertionError("no " + className + " block in " + page);
        Path fed = page.resolveSibling(name);
        Files.writeString(fed, html.substring(0, m.start(2)) + ScriptJson.write(data) + html.substring(m.end(2)),
                StandardCharsets.UTF_8);
        return fed;
    }

    private static Element script(Path page, String className) throws IOException {
        Element e = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("script." + className + "[type=application/json]");
        if (e == null) throw new AssertionError("no " + className + " block in " + page);
        return e;
    }
}
