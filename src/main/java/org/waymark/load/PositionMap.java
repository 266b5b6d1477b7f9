package org.waymark.load;

import org.waymark.text.Position;
import org.waymark.text.Source;

/** Turns an offset in a Markdown text into a position in the file the text was written in. */
@FunctionalInterface
interface PositionMap {
    Position at(int offset);

    /** The body of a page, which starts at {@code start} in the file. */
    static PositionMap inFile(Source source, int start) {
        return offset -> source.positionAt(start + offset);
    }

    /**
     * A YAML scalar holding Markdown. A block scalar's text starts on the line after its
     * indicator, indented; a flow scalar's text starts at its mark (after a quote).
     */
    static PositionMap inYaml(Source source, YamlNode.Scalar scalar, String text) {
        int[] lineStarts = Source.lineStarts(text);
        if (!scalar.block()) {
            int shift = scalar.quoted() ? 1 : 0;
            return offset -> {
                Position inner = Source.positionAt(lineStarts, text.length(), offset);
                return inner.line() == 1
                        ? new Position(scalar.at().line(), scalar.at().column() + shift + inner.column() - 1)
                        : new Position(scalar.at().line() + inner.line() - 1, inner.column());
            };
        }
        int firstLine = scalar.at().line() + 1;
        String first = source.line(firstLine);
        int indent = 0;
        while (indent < first.length() && first.charAt(indent) == ' ') indent++;
        int fixedIndent = indent;
        return offset -> {
            int idx = java.util.Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
            int line = idx >= 0 ? idx : -idx - 2;
            return new Position(firstLine + line, fixedIndent + offset - lineStarts[line] + 1);
        };
    }
}
