package org.waymark.diagnostic;

import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * One finding about content, located in a file. Errors are values: every stage returns
 * these instead of throwing, and all of a run's diagnostics are reported together.
 *
 * @param sourceLine the text of the offending line, for the caret display ("" when unknown)
 */
public record Diagnostic(String path, int line, int column, int endLine, int endColumn, Severity severity,
                         Code code, String message, String hint, String sourceLine)
        implements Comparable<Diagnostic> {

    public static Diagnostic of(Source source, Position at, Code code, String message, String hint) {
        Position p = at == null ? Position.START : at;
        return new Diagnostic(source.path(), p.line(), p.column(), p.line(), p.column(), code.defaultSeverity(),
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
