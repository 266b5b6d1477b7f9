package org.waymark.mkdocs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.load.FrontMatter;
import org.waymark.load.YamlDocument;
import org.waymark.load.YamlNode;
import org.waymark.load.YamlReader;
import org.waymark.text.Source;

/**
 * A Markdown page of the MkDocs project as the import sees it: its text (null when it is not
 * UTF-8, so it is copied byte for byte and check reports it), its front matter's keys, and the
 * title Waymark would give it: the front matter's {@code title}, else the level-1 heading it
 * starts with (HTML comments before it aside).
 */
record MarkdownPage(String text, FrontMatter frontMatter, List<String> keys, Optional<String> title) {

    static MarkdownPage read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return new MarkdownPage(null, new FrontMatter.None(), List.of(), Optional.empty());
        }
        return of(text);
    }

    static MarkdownPage of(String text) {
        String lf = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
        FrontMatter fm = FrontMatter.split(lf);
        List<String> keys = new ArrayList<>();
        Optional<String> title = Optional.empty();
        int body = 0;
        if (fm instanceof FrontMatter.Closed closed) {
            body = closed.bodyStart();
            YamlDocument yaml = YamlReader.readForeign(Source.of("front matter", closed.yaml()));
            if (yaml instanceof YamlDocument.Parsed parsed && parsed.root() instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    keys.add(e.key().value());
                    if (e.key().value().equals("title") && e.value() instanceof YamlNode.Scalar s && !s.value().isBlank()) {
                        title = Optional.of(s.value().strip());
                    }
                }
            }
        }
        if (title.isEmpty() && !(fm instanceof FrontMatter.Unclosed)) title = leadingHeading(lf.substring(body));
        return new MarkdownPage(text, fm, List.copyOf(keys), title);
    }

    /** The text of a leading "# Heading", after blank lines and HTML comments. */
    private static Optional<String> leadingHeading(String body) {
        boolean inComment = false;
        for (String line : body.split("\n", -1)) {
            String l = line.strip();
            if (inComment) {
                inComment = !l.contains("-->");
                continue;
            }
            if (l.isEmpty()) continue;
            if (l.startsWith("<!--")) {
                inComment = !l.contains("-->");
                continue;
            }
            if (line.startsWith("# ") || line.equals("#")) {
                String t = line.substring(1).strip().replaceAll("\\s+#+$", "").strip();
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
