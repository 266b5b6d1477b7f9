package org.waymark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.text.Position;
import org.waymark.text.Source;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML as plain data from SnakeYAML's event stream (the parser under Jackson's YAML
 * module), so that every node keeps its own line and column and nothing is expanded:
 * anchors, aliases, merge keys and explicit tags are errors, as are duplicate keys and
 * input past the limits below. Never throws for any input.
 */
public final class YamlReader {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_EVENTS = 200_000;
    public static final int MAX_SCALAR = 100_000;

    private final Source source;
    private final String text;
    /** Where {@code text} starts in the source, and a cursor from SnakeYAML's code points to its chars. */
    private final int textStart;
    private final int codePoints;
    private int cursorCodePoint;
    private int cursorChar;
    private final boolean lenient;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Parser parser;
    private int events;

    private YamlReader(Source source, String text, int lineOffset, boolean lenient) {
        this.source = source;
        this.text = text;
        int[] starts = source.lineStarts();
        this.textStart = lineOffset < starts.length ? starts[lineOffset] : source.text().length();
        this.codePoints = text.codePointCount(0, text.length());
        this.lenient = lenient;
    }

    public static YamlDocument read(Source source) {
        return read(source, source.text(), 0);
    }

    /** Reads {@code text}, which starts {@code lineOffset} lines into {@code source} (front matter). */
    public static YamlDocument read(Source source, String text, int lineOffset) {
        YamlReader reader = new YamlReader(source, text, lineOffset, false);
        YamlNode.Mapping flat = FlatYaml.read(source, text, reader.textStart);
        return flat != null ? new YamlDocument.Parsed(flat, List.of()) : reader.run(text);
    }

    /** {@link #read(Source, String, int)} by SnakeYAML alone: what {@link FlatYaml} is held to. */
    static YamlDocument readBySnakeYaml(Source source, String text, int lineOffset) {
        return new YamlReader(source, text, lineOffset, false).run(text);
    }

    /**
     * Reads a file that Waymark does not own (another tool's settings, such as mkdocs.yml),
     * where tags, anchors and aliases are found and reported but leave the tree whole: a tagged
     * value keeps its text, an alias reads as empty text, a merge key is left out.
     */
    public static YamlDocument readForeign(Source source) {
        return new YamlReader(source, source.text(), 0, true).run(source.text());
    }

    private YamlDocument run(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length() + 16, 1024));
        options.setAllowDuplicateKeys(false);
        try {
            parser = new ParserImpl(new StreamReader(text), options);
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) return new YamlDocument.Empty();
            expect(Event.ID.DocumentStart);
            YamlNode root = node(next(), 0);
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event extra = parser.peekEvent();
                error(pos(extra.getStartMark()), Code.YAML_SYNTAX, "a second YAML document in one file",
                        "remove the '---' line; one file holds one document");
            }
            boolean whole = diagnostics.stream().allMatch(d -> d.code() == Code.DUPLICATE_KEY
                    || lenient && (d.code() == Code.YAML_TAG || d.code() == Code.YAML_ALIAS));
            return whole ? new YamlDocument.Parsed(root, List.copyOf(diagnostics)) : broken();
        } catch (Stop stop) {
            return broken();
        } catch (MarkedYAMLException e) {
            YamlSyntaxError said = YamlSyntaxError.of(text, e);
            Position at = said.mark() == null ? Position.START : pos(said.mark());
            error(new Position(at.line(), Math.max(1, at.column() + said.shift())), Code.YAML_SYNTAX, said.message(),
                    said.hint());
            return broken();
        } catch (YAMLException e) {
            error(Position.START, Code.YAML_SYNTAX, "YAML syntax: " + e.getMessage(), null);
            return broken();
        }
    }

    private YamlDocument.Broken broken() {
        return new YamlDocument.Broken(List.copyOf(diagnostics));
    }

    private Event next() {
        if (++events > MAX_EVENTS) {
            error(Position.START, Code.YAML_LIMIT, "the file has more than " + MAX_EVENTS + " YAML nodes", null);
            throw new Stop();
        }
        return parser.getEvent();
    }

    private void expect(Event.ID id) {
        Event e = next();
        if (!e.is(id)) {
            error(pos(e.getStartMark()), Code.YAML_SYNTAX, "unexpected YAML " + e.getEventId(), null);
            throw new Stop();
        }
    }

    private YamlNode node(Event e, int depth) {
        Position at = pos(e.getStartMark());
        if (depth > MAX_DEPTH) {
            error(at, Code.YAML_LIMIT, "nesting deeper than " + MAX_DEPTH + " levels", null);
            throw new Stop();
        }
        if (e instanceof AliasEvent) {
            error(at, Code.YAML_ALIAS, "YAML aliases (*name) are not supported",
                    "write the value out again; content is read as plain data");
            return new YamlNode.Scalar("", at, false, false, true);
        }
        NodeEvent ne = (NodeEvent) e;
        if (ne.getAnchor() != null) {
            error(at, Code.YAML_ALIAS, "YAML anchors (&" + ne.getAnchor() + ") are not supported",
                    "write the value out where it is needed; content is read as plain data");
        }
        if (e instanceof ScalarEvent s) {
            if (s.getTag() != null) {
                error(at, Code.YAML_TAG, "explicit YAML tags (" + s.getTag() + ") are not supported",
                        "remove the tag; every value is read as text");
            }
            if (s.getValue().length() > MAX_SCALAR) {
                error(at, Code.YAML_LIMIT, "a value longer than " + MAX_SCALAR + " characters", null);
            }
            DumperOptions.ScalarStyle style = s.getScalarStyle();
            boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
            boolean quoted = style == DumperOptions.ScalarStyle.SINGLE_QUOTED
                    || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            boolean isNull = s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
                    || s.getValue().equals("null") || s.getValue().equals("Null") || s.getValue().equals("NULL"));
            return new YamlNode.Scalar(s.getValue(), at, block, quoted, isNull, pos(s.getEndMark()));
        }
        if (e instanceof MappingStartEvent m) {
            checkCollectionTag(m.getTag(), at);
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Event keyEvent = next();
                YamlNode key = node(keyEvent, depth + 1);
                YamlNode value = node(next(), depth + 1);
                if (!(key instanceof YamlNode.Scalar k)) {
                    error(key.at(), Code.YAML_SYNTAX, "a mapping key must be plain text, not a " + key.kind(), null);
                    continue;
                }
                if (!k.quoted() && k.value().equals("<<")) {
                    error(k.at(), Code.YAML_ALIAS, "YAML merge keys (<<) are not supported",
                            "write the keys out; content is read as plain data");
                    continue;
                }
                Position first = seen.putIfAbsent(k.value(), k.at());
                if (first != null) {
                    error(k.at(), Code.DUPLICATE_KEY, "duplicate key '" + k.value() + "' (first written at line "
                            + first.line() + ")", "each key may appear once in a mapping");
                    continue;
                }
                entries.add(new YamlNode.Entry(k, value));
            }
            next();
            return new YamlNode.Mapping(List.copyOf(entries), at);
        }
        if (e instanceof SequenceStartEvent sq) {
            checkCollectionTag(sq.getTag(), at);
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(next(), depth + 1));
            }
            next();
            return new YamlNode.Sequence(List.copyOf(items), at);
        }
        error(at, Code.YAML_SYNTAX, "unexpected YAML " + e.getEventId(), null);
        throw new Stop();
    }

    private void checkCollectionTag(String tag, Position at) {
        if (tag != null) {
            error(at, Code.YAML_TAG, "explicit YAML tags (" + tag + ") are not supported",
                    "remove the tag; content is read as plain data");
        }
    }

    /**
     * A mark placed by its offset, as every other diagnostic is: SnakeYAML's own line and column
     * count code points and break lines at a lone CR, U+0085, U+2028 and U+2029 too, while a
     * Waymark line ends only at LF. Marks come nearly in order, so the cursor moves little.
     */
    private Position pos(Mark mark) {
        int target = Math.max(0, Math.min(mark.getIndex(), codePoints));
        cursorChar = text.offsetByCodePoints(cursorChar, target - cursorCodePoint);
        cursorCodePoint = target;
        return source.positionAt(textStart + cursorChar);
    }

    private void error(Position at, Code code, String message, String hint) {
        diagnostics.add(Diagnostic.of(source, at, code, message, hint));
    }

    /** Ends reading after an error that leaves nothing sensible to read. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
