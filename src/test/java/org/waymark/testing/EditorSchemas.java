package org.waymark.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.waymark.render.SchemaFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What an editor sees: each content file of a project read the way a YAML language server
 * reads it (YAML 1.2, so 20 is a number and true a boolean) and validated against the schema
 * Waymark ships for it. Independent of Waymark's own loader on purpose.
 */
public final class EditorSchemas {
    public enum Verdict { ACCEPTS, REJECTS, UNREADABLE }

    /** One file: which schema judged it, the verdict, and the failing keywords and messages. */
    public record FileResult(String path, String schema, Verdict verdict, Set<String> keywords, List<String> messages) {}

    public record ProjectResult(List<FileResult> files) {
        /** A project is rejected when any file is; unreadable when a file could not even be parsed. */
        public Verdict verdict() {
            if (files.stream().anyMatch(f -> f.verdict() == Verdict.REJECTS)) return Verdict.REJECTS;
            if (files.stream().anyMatch(f -> f.verdict() == Verdict.UNREADABLE)) return Verdict.UNREADABLE;
            return Verdict.ACCEPTS;
        }

        public Set<String> keywords() {
            Set<String> all = new TreeSet<>();
            files.forEach(f -> all.addAll(f.keywords()));
            return all;
        }

        public String describe() {
            StringBuilder b = new StringBuilder();
            for (FileResult f : files) {
                b.append(f.path()).append(" [").append(f.schema()).append("] ").append(f.verdict()).append('\n');
                f.messages().forEach(m -> b.append("    ").append(m).append('\n'));
            }
            return b.toString();
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    public EditorSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (var e : SchemaFiles.read().entrySet()) {
            schemas.put(e.getKey(), registry.getSchema(new String(e.getValue(), StandardCharsets.UTF_8), InputFormat.JSON));
        }
    }

    public ProjectResult project(Path projectDir) throws IOException {
        Path content = projectDir.resolve("content");
        List<FileResult> results = new ArrayList<>();
        if (!Files.isDirectory(content)) return new ProjectResult(List.of()); // an editor finds nothing to check
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = content.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                FileResult r = file(rel, Files.readAllBytes(p));
                if (r != null) results.add(r);
            }
        }
        return new ProjectResult(List.copyOf(results));
    }

    /** Null for a file no schema covers (an asset, or a page without front matter). */
    private FileResult file(String rel, byte[] bytes) {
        boolean page = rel.endsWith(".md");
        if (!page && !rel.endsWith(".yaml")) return null;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unreadable(rel, "?", "not UTF-8: " + e);
        }
        text = text.replace("\uFEFF", "").replace("\r\n", "\n");
        if (page) {
            if (!text.startsWith("---\n")) return null;
            int close = closingLine(text);
            if (close < 0) return unreadable(rel, "front-matter.schema.json", "front matter is not closed");
            return validate(rel, "front-matter.schema.json", text.substring(4, close), true);
        }
        if (rel.equals("site.yaml")) return validate(rel, "site.schema.json", text, false);
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            return unreadable(rel, "?", e.getOriginalMessage());
        }
        String kind = root != null && root.path("kind").isString() ? root.path("kind").asString() : "";
        return switch (kind) {
            case "decision" -> validate(rel, "decision.schema.json", text, false);
            case "checklist" -> validate(rel, "checklist.schema.json", text, false);
            // Without a known kind no schema is the right one: it must fail both.
            default -> {
                FileResult d = validate(rel, "decision.schema.json", text, false);
                FileResult c = validate(rel, "checklist.schema.json", text, false);
                Set<String> keywords = new TreeSet<>(d.keywords());
                keywords.addAll(c.keywords());
                List<String> messages = new ArrayList<>(d.messages());
                messages.addAll(c.messages());
                boolean both = d.verdict() == Verdict.REJECTS && c.verdict() == Verdict.REJECTS;
                yield new FileResult(rel, "decision+checklist", both ? Verdict.REJECTS : Verdict.ACCEPTS, keywords, messages);
            }
        };
    }

    private static int closingLine(String text) {
        int start = 4;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) return start;
            if (end < 0) return -1;
            start = end + 1;
        }
        return -1;
    }

    private FileResult validate(String rel, String schemaName, String yaml, boolean frontMatter) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JacksonException e) {
            return unreadable(rel, schemaName, e.getOriginalMessage());
        }
        // Empty front matter ("---\n---") is an empty mapping to Waymark.
        if (frontMatter && (node == null || node.isMissingNode() || node.isNull())) {
            node = JsonNodeFactory.instance.objectNode();
        }
        List<Error> errors = schemas.get(schemaName).validate(node);
        Set<String> keywords = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        for (Error e : errors) {
            keywords.add(e.getKeyword());
            messages.add(e.getKeyword() + ": " + e.getMessage());
        }
        return new FileResult(rel, schemaName, errors.isEmpty() ? Verdict.ACCEPTS : Verdict.REJECTS, keywords, messages);
    }

    private static FileResult unreadable(String rel, String schema, String why) {
        return new FileResult(rel, schema, Verdict.UNREADABLE, Set.of(), List.of(why));
    }
}
