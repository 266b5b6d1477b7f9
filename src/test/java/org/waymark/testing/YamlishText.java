package org.waymark.testing;

import java.util.List;
import java.util.Random;

/**
 * A small grammar for YAML-ish text: mostly well-formed block and flow YAML with the words of
 * the content format, salted with what breaks readers (anchors, aliases, tags, tabs, odd
 * indentation, stray quotes, block scalars, duplicate keys, documents markers).
 */
public final class YamlishText {
    private static final List<String> KEYS = List.of("kind", "id", "title", "summary", "tags", "start", "nodes",
            "question", "help", "options", "label", "next", "hint", "outcome", "tone", "body", "links", "checklist",
            "sections", "items", "text", "detail", "optional", "goal", "use-rag", "end", "a", "b", "<<", "? x",
            "Node_1", "");
    private static final List<String> WORDS = List.of("decision", "checklist", "goal", "end", "a", "b", "yes", "No",
            "~", "null", "positive", "caution", "../guides/x.md", "#top", "[x](y.md)", "10", "-1", "0x1F", "1e999",
            "true", "é", "😀", "a: b", "- c", "[", "{", "}", "&a", "*a", "!!str", "%TAG", "@x", "`", "|", ">",
            "\"open", "'", "\\", "---", "...", "#", ": ");

    private final Random random;

    public YamlishText(Random random) {
        this.random = random;
    }

    /** A document; {@code kind} (decision, checklist or null) is written first when given. */
    public String document(String kind) {
        StringBuilder b = new StringBuilder();
        if (kind != null) b.append("kind: ").append(kind).append('\n');
        block(b, 0, 0);
        return b.toString();
    }

    private void block(StringBuilder b, int indent, int depth) {
        int entries = 1 + random.nextInt(depth == 0 ? 6 : 4);
        boolean list = random.nextInt(4) == 0;
        for (int i = 0; i < entries; i++) {
            pad(b, indent);
            if (list) b.append("- ");
            else b.append(key()).append(':');
            int roll = random.nextInt(10);
            if (depth < 5 && roll < 3) {
                b.append('\n');
                block(b, indent + indentStep(), depth + 1);
            } else if (roll < 5) {
                b.append(' ').append(flow(depth));
                b.append('\n');
            } else if (roll == 5) {
                b.append(' ').append(random.nextBoolean() ? "|" : ">-").append('\n');
                for (int l = random.nextInt(4); l >= 0; l--) {
                    pad(b, indent + 2);
                    b.append(word()).append(' ').append(word()).append('\n');
                }
            } else {
                b.append(' ').append(decorate(scalar())).append('\n');
            }
            if (random.nextInt(40) == 0) b.append(random.nextBoolean() ? "---\n" : "\t\n");
        }
    }

    private String flow(int depth) {
        if (depth > 6 || random.nextInt(3) == 0) return decorate(scalar());
        StringBuilder b = new StringBuilder();
        boolean map = random.nextBoolean();
        b.append(map ? '{' : '[');
        for (int i = random.nextInt(4); i > 0; i--) {
            if (map) b.append(key()).append(": ");
            b.append(flow(depth + 1));
            if (i > 1 || random.nextInt(6) == 0) b.append(", ");
        }
        if (random.nextInt(15) != 0) b.append(map ? '}' : ']');
        return b.toString();
    }

    private String decorate(String scalar) {
        return switch (random.nextInt(14)) {
            case 0 -> "&anchor" + random.nextInt(3) + " " + scalar;
            case 1 -> "*anchor" + random.nextInt(3);
            case 2 -> "!!" + (random.nextBoolean() ? "str " : "binary ") + scalar;
            case 3 -> "!local " + scalar;
            default -> scalar;
        };
    }

    private String scalar() {
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + word().replace("\"", "\\\"") + (random.nextInt(10) == 0 ? "" : "\"");
            case 1 -> "'" + word().replace("'", "''") + (random.nextInt(10) == 0 ? "" : "'");
            case 2 -> word() + " " + word();
            default -> word();
        };
    }

    private String key() {
        String k = KEYS.get(random.nextInt(KEYS.size()));
        return random.nextInt(20) == 0 ? "\"" + k + "\"" : k;
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    /** Mostly two spaces; sometimes one, three or a tab, which YAML forbids. */
    private int indentStep() {
        return switch (random.nextInt(12)) {
            case 0 -> 1;
            case 1 -> 3;
            case 2 -> 0;
            default -> 2;
        };
    }

    private void pad(StringBuilder b, int indent) {
        if (random.nextInt(60) == 0) b.append('\t');
        b.append(" ".repeat(indent + (random.nextInt(50) == 0 ? 1 : 0)));
    }
}
