package org.waymark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Suggestion;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * Typed access to one YAML mapping of a known shape. Unknown keys are reported (with the
 * closest valid key) as soon as it is made; a value of the wrong shape is reported when read.
 */
final class MappingFields {
    private final Source source;
    private final YamlNode.Mapping mapping;
    private final String what;
    private final List<Diagnostic> out;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();

    MappingFields(Source source, YamlNode.Mapping mapping, Set<String> allowed, String what, List<Diagnostic> out) {
        this(source, mapping, allowed, what, out, Map.of());
    }

    /**
     * {@code elsewhere}: keys that are valid at another level of the same file, each with the
     * hint that says where it belongs (a did-you-mean would name the wrong key).
     */
    MappingFields(Source source, YamlNode.Mapping mapping, Set<String> allowed, String what, List<Diagnostic> out,
                  Map<String, String> elsewhere) {
        this.source = source;
        this.mapping = mapping;
        this.what = what;
        this.out = out;
        // sorted, so that of two equally close keys the hint always names the same one
        List<String> valid = allowed.stream().sorted().toList();
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key().value();
            if (allowed.contains(key)) {
                entries.put(key, e);
            } else {
                String hint = elsewhere.containsKey(key) ? elsewhere.get(key) : Suggestion.closest(key, valid).map(c -> "did you mean '" + c + "'?")
                        .orElse("valid keys: " + String.join(", ", valid));
                out.add(Diagnostic.of(source, e.key().at(), e.key().end(), Code.UNKNOWN_KEY,
                        "unknown key '" + key + "' in " + what, hint));
            }
        }
    }

    /** Reads any YAML node as a mapping of the given shape; empty (and reported) when it is not a mapping. */
    static Optional<MappingFields> of(Source source, YamlNode node, Set<String> allowed, String what,
                                      List<Diagnostic> out) {
        return of(source, node, allowed, what, out, Map.of());
    }

    static Optional<MappingFields> of(Source source, YamlNode node, Set<String> allowed, String what,
                                      List<Diagnostic> out, Map<String, String> elsewhere) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingFields(source, m, allowed, what, out, elsewhere));
        }
        out.add(Diagnostic.of(source, node.at(), Code.WRONG_TYPE, what + " must be a mapping of keys to values, not "
                + article(node.kind()), null));
        return Optional.empty();
    }

    /** What is wrong with a document that should be a mapping and holds nothing. */
    static Diagnostic emptyDocument(Source source, String what) {
        return Diagnostic.of(source, Position.START, Code.WRONG_TYPE, what
                + " must be a mapping of keys to values, but it is empty", null);
    }

    Position at() {
        return mapping.at();
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).value());
    }

    Position keyAt(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null ? mapping.at() : e.key().at();
    }

    Position valueAt(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null ? mapping.at() : e.value().at();
    }

    /** The value of {@code key}; empty when the key is not written or its value is null. */
    Optional<YamlNode> node(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null || isNull(e.value()) ? Optional.empty() : Optional.of(e.value());
    }

    Optional<YamlNode.Scalar> scalar(String key) {
        return node(key, YamlNode.Scalar.class, "text");
    }

    Optional<YamlNode.Sequence> sequence(String key) {
        return node(key, YamlNode.Sequence.class, "a list");
    }

    Optional<YamlNode.Mapping> mapping(String key) {
        return node(key, YamlNode.Mapping.class, "a mapping");
    }

    /** The value of {@code key} as a {@code type}: empty when not given, or (reported) when of another kind. */
    private <N extends YamlNode> Optional<N> node(String key, Class<N> type, String expected) {
        Optional<YamlNode> n = node(key);
        if (n.isPresent() && !type.isInstance(n.get())) {
            wrongType(key, n.get(), expected);
            return Optional.empty();
        }
        return n.map(type::cast);
    }

    Optional<String> text(String key) {
        return scalar(key).map(YamlNode.Scalar::value);
    }

    /** Empty, and reported, when the key is missing, its value empty or not text. */
    Optional<String> requiredText(String key) {
        if (!entries.containsKey(key)) {
            missing(key);
            return Optional.empty();
        }
        Optional<String> value = text(key);
        boolean empty = value.map(String::isBlank).orElse(node(key).isEmpty());
        if (empty) {
            out.add(Diagnostic.of(source, valueAt(key), Code.MISSING_KEY, "'" + key + "' in " + what
                    + " must not be empty", null));
            return Optional.empty();
        }
        return value;
    }

    void missing(String key) {
        out.add(Diagnostic.of(source, mapping.at(), Code.MISSING_KEY, what + " has no '" + key + "'",
                "add '" + key + ":'"));
    }

    List<String> textList(String key) {
        return scalarList(key).stream().map(YamlNode.Scalar::value).toList();
    }

    /**
     * The {@code tags:} list. A site uses a few tags on thousands of pages, so each tag is one
     * string for the whole model ({@link String#intern}), not one a page.
     */
    List<String> tags() {
        return scalarList("tags").stream().map(s -> s.value().intern()).toList();
    }

    /** Entries of a list of text with their positions. */
    List<YamlNode.Scalar> scalarList(String key) {
        List<YamlNode.Scalar> values = new ArrayList<>();
        for (YamlNode item : sequence(key).map(YamlNode.Sequence::items).orElse(List.of())) {
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                values.add(s);
            } else {
                out.add(Diagnostic.of(source, item.at(), Code.WRONG_TYPE, "each entry of '" + key
                        + "' must be text, not " + article(item.kind()), null));
            }
        }
        return values;
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).flatMap(s -> switch (s.value()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "'" + key + "' must be true or false, not '"
                        + s.value() + "'", "write true or false"));
                yield Optional.empty();
            }
        });
    }

    Optional<Integer> integer(String key) {
        return scalar(key).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.value().trim()));
            } catch (NumberFormatException e) {
                out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "'" + key + "' must be a whole number, not '"
                        + s.value() + "'", null));
                return Optional.empty();
            }
        });
    }

    private void wrongType(String key, YamlNode n, String expected) {
        out.add(Diagnostic.of(source, n.at(), Code.WRONG_TYPE, "'" + key + "' in " + what + " must be "
                + expected + ", not " + article(n.kind()), null));
    }

    static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.isNull();
    }

    static String article(String kind) {
        return kind.equals("text") ? "text" : "a " + kind;
    }
}
