package org.waymark.load;

import java.util.List;
import org.waymark.text.Position;

/** YAML read as plain data, every node with the position it was written at. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
    Position at();

    /** A word for messages: "text", "mapping", "list". */
    String kind();

    /**
     * A scalar is always text: {@code yes}, {@code no}, {@code 10} stay as written.
     * {@code block} is true for {@code |} and {@code >} scalars, whose text starts on the next line.
     * {@code end} is just after its last character, quotes included.
     */
    record Scalar(String value, Position at, boolean block, boolean quoted, boolean isNull, Position end)
            implements YamlNode {
        /** A scalar whose extent is not known: a point at {@code at}. */
        Scalar(String value, Position at, boolean block, boolean quoted, boolean isNull) {
            this(value, at, block, quoted, isNull, at);
        }

        public String kind() {
            return "text";
        }
    }

    record Entry(Scalar key, YamlNode value) {}

    record Mapping(List<Entry> entries, Position at) implements YamlNode {
        public String kind() {
            return "mapping";
        }
    }

    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public String kind() {
            return "list";
        }
    }
}
