package org.waymark.diagnostic;

import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * One finding about content, located in a file. Errors are values: every stage returns
 * these instead of throwing, and all of a run's diagnostics are reported together.
 * {@code line}/{@code column} is where the fault starts; {@code endLine}/{@code endColumn} is
 * just after its last character, or the same as the start when only a point is known.
 *
 * @param sourceLine the text of the offending line, for the caret display ("" when unknown)
 */
public record Diagnostic(String path, int line, int column, int endLine, int endColumn, Severity severity,
                         Code code, String message, String hint, String sourceLine)
        implements Comparable<Diagnostic> {

    /** A fault at one point of the source. */
    public static Diagnostic of(Source source, Position at, Code code, String message, String hint) {
        return of(source, at, at, code, message, hint);
    }

    /**
     * A fault over a range of the source, from {@code start} to just after its last character
     * ({@code end}); an end that is missing or before the start makes it a point.
     */
    public static Diagnostic of(Source source, Position start, Position end, Code code, String message, String hint) {
        Position p = start == null ? Position.START : start;
        Position e = end == null || end.compareTo(p) < 0 ? p : end;
        return new Diagnostic(source.path(), p.line(), p.column(), e.line(), e.column(), code.defaultSeverity(),
                code, message, hint, source.line(p.line()));
    }

    public static Diagnostic of(Source source, Position at, Code code, String message) {
        return of(source, at, code, message, null);
    }

    /** A diagnostic about a file whose text could not be read or decoded. */
    public static Diagnostic ofFile(String path, int line, int column, Code code, String message, String hint) {
        return new Diagnostic(path, line, column, line, column, code.defaultSeverity(), code, message, hint, "");
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(path, line, column, endLine, endColumn, s, code, message, hint, sourceLine);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = path.compareTo(o.path);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = code.compareTo(o.code);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }
}
