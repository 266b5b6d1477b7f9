package org.waymark.mkdocs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.load.YamlDocument;
import org.waymark.load.YamlNode;
import org.waymark.load.YamlReader;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * Reads mkdocs.yml with the project's own YAML reader, which keeps every value's position.
 * mkdocs.yml is Python's YAML: its tags ({@code !ENV}, {@code !!python/name:}) and aliases are
 * reported as not carried over rather than refused. Only a file that cannot be read as YAML at
 * all fails.
 */
final class MkDocsConfigReader {
    sealed interface Result {
        record Read(MkDocsConfig config) implements Result {}

        record Failed(List<Diagnostic> diagnostics) implements Result {}
    }

    private final Source source;
    private final List<Leftover> leftovers = new ArrayList<>();
    private final List<String> supported = new ArrayList<>();
    private final List<String> builtIn = new ArrayList<>();
    private final Map<String, EditLink.Setting> edit = new HashMap<>();
    private final List<Position> tagged = new ArrayList<>();

    private MkDocsConfigReader(Source source) {
        this.source = source;
    }

    /** {@code display}: the file's name as the author knows it, for messages. */
    static Result read(Path file, String display) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(display, Code.INVALID_UTF8, "the file is not UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            return failed(display, Code.IO_ERROR, "cannot read: " + e.getMessage(), null);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Source source = Source.of(display, text.replace("\r\n", "\n"));
        YamlDocument yaml = YamlReader.readForeign(source);
        if (yaml instanceof YamlDocument.Broken broken) return new Result.Failed(broken.diagnostics());
        if (!(yaml instanceof YamlDocument.Parsed parsed) || !(parsed.root() instanceof YamlNode.Mapping root)) {
            return failed(display, Code.WRONG_TYPE, "mkdocs.yml must be a mapping of settings",
                    "it needs at least site_name:");
        }
        return new Result.Read(new MkDocsConfigReader(source).config(root, parsed.diagnostics(), file.getParent()));
    }

    private static Result failed(String display, Code code, String message, String hint) {
        return new Result.Failed(List.of(Diagnostic.ofFile(display, 1, 1, code, message, hint)));
    }

    private MkDocsConfig config(YamlNode.Mapping root, List<Diagnostic> found, Path folder) {
        for (Diagnostic d : found) {
            Position at = new Position(d.line(), d.column());
            if (d.code() == Code.YAML_TAG) {
                tagged.add(at);
                leftovers.add(new Leftover(where(at), "the tag " + tagAt(at), "values from environment variables or "
                        + "Python are not read; write the value out"));
            } else {
                leftovers.add(new Leftover(where(at), "a YAML anchor or alias", d.message()
                        + "; an alias reads as empty: write the value out where it is used"));
            }
        }
        String siteName = "", description = "", siteUrl = "", language = "", docsDir = "docs";
        // MkDocs runs its search plugin unless plugins: is given without it.
        boolean search = true;
        List<NavItem> nav = null;
        Set<String> extensions = Set.of();
        for (YamlNode.Entry e : root.entries()) {
            String key = e.key().value();
            YamlNode value = e.value();
            switch (key) {
                case "site_name" -> siteName = text(value);
                case "site_description" -> description = text(value);
                case "site_url" -> siteUrl = siteUrl(text(value), value);
                case "docs_dir" -> docsDir = text(value).isEmpty() ? docsDir : text(value);
                case "nav", "pages" -> nav = new NavReader(this::where, leftovers).read(value);
                case "theme" -> language = theme(value);
                case "markdown_extensions" -> extensions = named(value, "markdown extension", true);
                case "plugins" -> {
                    Set<String> plugins = named(value, "plugin", false);
                    // Null is MkDocs' default, which is search; a list or mapping is all it runs.
                    if (value instanceof YamlNode.Sequence || value instanceof YamlNode.Mapping) search = plugins.contains("search");
                }
                case "repo_url", "edit_uri", "edit_uri_template" -> edit.put(key, setting(e));
                default -> leftovers.add(new Leftover(where(e.key().at()), key, MkDocsFeatures.setting(key)));
            }
        }
        Path docs = folder.resolve(docsDir).normalize();
        EditLink link = EditLink.of(edit, leftovers);
        return new MkDocsConfig(siteName, description, siteUrl, language, docs, docsDir, nav, List.copyOf(supported),
                List.copyOf(builtIn), link, search, List.copyOf(leftovers), Set.copyOf(extensions));
    }

    /** A setting's text; empty where it is missing, null, tagged or not text. */
    private String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !tagged.contains(s.at())) return s.value().strip();
        return "";
    }

    /** An edit link setting: null where it is null (as MkDocs reads it), unread where tagged or not text. */
    private EditLink.Setting setting(YamlNode.Entry e) {
        String where = where(e.key().at());
        if (!(e.value() instanceof YamlNode.Scalar s) || tagged.contains(s.at())) {
            return new EditLink.Setting(where, null, true);
        }
        return new EditLink.Setting(where, s.isNull() ? null : s.value().strip(), false);
    }

    private String siteUrl(String url, YamlNode node) {
        if (url.isEmpty() || url.startsWith("https://") || url.startsWith("http://")) return url;
        leftovers.add(new Leftover(where(node.at()), "site_url", "'" + url + "' is not an http or https address"));
        return "";
    }

    /** The theme's language is carried over; its name and settings are reported. */
    private String theme(YamlNode node) {
        String language = "";
        List<String> rest = new ArrayList<>();
        if (node instanceof YamlNode.Scalar s && !s.isNull()) rest.add("name: " + s.value());
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                String key = e.key().value();
                if ((key.equals("language") || key.equals("locale")) && !text(e.value()).isEmpty()) {
                    language = text(e.value());
                } else {
                    rest.add(key.equals("name") ? "name: " + text(e.value()) : key);
                }
            }
        }
        if (!rest.isEmpty()) {
            leftovers.add(new Leftover(where(node.at()), "theme (" + String.join(", ", rest) + ")",
                    MkDocsFeatures.theme("theme")));
        }
        return language;
    }

    /**
     * Markdown extensions or plugins: a list of names or of {name: settings}, or one mapping of
     * them. Returns their names, without a theme's prefix ({@code material/search} is {@code search}).
     */
    private Set<String> named(YamlNode node, String what, boolean extensions) {
        Set<String> bare = new HashSet<>();
        List<YamlNode.Entry> names = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) names.add(new YamlNode.Entry(s, null));
                if (item instanceof YamlNode.Mapping m) names.addAll(m.entries());
            }
        } else if (node instanceof YamlNode.Mapping m) {
            names.addAll(m.entries());
        }
        for (YamlNode.Entry entry : names) {
            String n = entry.key().value().strip();
            bare.add(MkDocsFeatures.bare(n));
            if (extensions && MkDocsFeatures.SUPPORTED_EXTENSIONS.contains(n)) {
                supported.add(n + MkDocsFeatures.supportedNote(n).map(note -> " (" + note + ")").orElse(""));
            } else if (!extensions && MkDocsFeatures.builtInPlugin(n).isPresent()) {
                List<String> options = entry.value() instanceof YamlNode.Mapping m
                        ? m.entries().stream().map(o -> o.key().value()).toList() : List.of();
                builtIn.add(n + " (" + MkDocsFeatures.builtInPlugin(n).get() + (options.isEmpty() ? "" : "; its "
                        + String.join(", ", options) + (options.size() == 1 ? " has" : " have") + " no Waymark "
                        + "equivalent") + ")");
            } else {
                leftovers.add(new Leftover(where(entry.key().at()), what + " '" + n + "'",
                        extensions ? MkDocsFeatures.extension(n) : MkDocsFeatures.plugin(n)));
            }
        }
        return bare;
    }

    String where(Position at) {
        return source.path() + ":" + at.line() + ":" + at.column();
    }

    /** The tag written at {@code at}, as written ({@code !ENV}, {@code !!python/name:…}). */
    private String tagAt(Position at) {
        String line = source.line(at.line());
        int from = Math.min(Math.max(0, at.column() - 1), line.length());
        int bang = line.indexOf('!', from);
        if (bang < 0) return "!";
        int end = bang;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ','
                && line.charAt(end) != ']' && line.charAt(end) != '}') end++;
        return line.substring(bang, end);
    }
}
