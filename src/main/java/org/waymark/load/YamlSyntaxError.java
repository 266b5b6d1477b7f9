package org.waymark.load;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error told in an author's words. SnakeYAML names its own machinery
 * ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'"); what an author needs is
 * which line is out of place and what to type instead. Lines and columns are 1-based, within the
 * YAML text that was read.
 */
record YamlSyntaxError(Mark mark, int shift, String message, String hint) {

    /** What was found wrong, at a line and column of the YAML text. */
    private record Said(int line, int column, String message, String hint) {}

    static YamlSyntaxError of(String text, MarkedYAMLException e) {
        Said said = judge(text, e);
        Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark context = e.getContextMark();
        Mark mark = context != null && said.line() == context.getLine() + 1 && (problem == null
                || said.line() != problem.getLine() + 1) ? context : problem;
        int shift = mark == null ? 0 : said.column() - (mark.getColumn() + 1);
        return new YamlSyntaxError(mark, shift, said.message(), said.hint());
    }

    private static Said judge(String text, MarkedYAMLException e) {
        // split where SnakeYAML counts a line break, so that its line numbers index this array
        String[] lines = text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = at == null ? 1 : at.getLine() + 1;
        int column = at == null ? 1 : at.getColumn() + 1;
        Mark ctx = e.getContextMark();
        String here = lineOf(lines, line);

        if (problem.contains("cannot start any token")) return badCharacter(line, column, here, problem);
        if (problem.startsWith("mapping values are not allowed")) return colonInValue(lines, line, column, here);
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            if (problem.endsWith("'<scalar>'") && afterQuote(here, column)) {
                return new Said(line, column, "text after the closing quote of a value",
                        "put all of the value inside the quotes");
            }
            return misaligned(lines, line, column, here);
        }
        if (context.contains("simple key") && ctx != null) {
            return new Said(ctx.getLine() + 1, ctx.getColumn() + 1,
                    "a line with no ':' where a 'key: value' was expected",
                    "write 'key: value'; a value that goes on over more lines is indented under its key");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream") && ctx != null) {
            return new Said(ctx.getLine() + 1, ctx.getColumn() + 1, "a quoted value is never closed",
                    "add the closing quote at the end of the value");
        }
        if (problem.startsWith("found unknown escape character")) {
            return new Said(line, column, "a backslash in double quotes starts an escape, and '\\"
                    + charAt(here, column) + "' is not one", "use single quotes for text with backslashes, "
                    + "or write \\\\ for a backslash");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("sequence");
            int from = ctx == null ? line : ctx.getLine() + 1;
            return new Said(line, column, "the " + (list ? "list in [brackets]" : "mapping in {braces}")
                    + " that starts on line " + from + " is not closed where it should be",
                    "close it with '" + (list ? "]" : "}") + "' and separate its entries with commas, or write "
                    + (list ? "one '- item' per line" : "one 'key: value' per line"));
        }
        String raw = problem.replaceAll("\\s*\\(Do not use .* for indentation\\)", "");
        return new Said(line, column, "YAML syntax: " + raw + (context.isEmpty() ? "" : " " + context), null);
    }

    /** A tab, or a character such as '@' or '`' that may not begin an unquoted value. */
    private static Said badCharacter(int line, int column, String here, String problem) {
        String before = here.substring(0, Math.min(column - 1, here.length()));
        if (problem.contains("\\t") || charAt(here, column).equals("\t")) {
            if (before.isBlank()) {
                return new Said(line, column, "a tab in the indentation; YAML indents with spaces only",
                        "replace the tab with spaces");
            }
            String key = before.strip().replaceFirst("^- +", "");
            return key.endsWith(":")
                    ? new Said(line, column, "a tab after '" + key + "'; YAML wants a space there",
                    "replace the tab after '" + key + "' with a space")
                    : new Said(line, column, "a tab where YAML wants a space", "replace the tab with a space");
        }
        String c = charAt(here, column);
        String value = here.substring(Math.min(column - 1, here.length())).strip();
        return new Said(line, column, "a value cannot begin with '" + c + "' unless it is quoted",
                value.length() <= 40 && !value.contains("\"")
                        ? "put the value in quotes: \"" + value + "\"" : "put the value in quotes");
    }

    /** ': ' inside a plain value, or a key indented under one whose value is already given. */
    private static Said colonInValue(String[] lines, int line, int column, String here) {
        Optional<Integer> above = previousContent(lines, line);
        int indent = indent(here);
        if (above.isPresent() && indent(lineOf(lines, above.get())) < indent && !here.isBlank()) {
            String prev = lineOf(lines, above.get());
            String prevKey = keyOf(prev);
            String key = keyOf(here);
            if (prevKey != null && key != null && !prev.strip().endsWith(":")) {
                int col = keyColumn(prev);
                return new Said(line, indent + 1, "'" + key + "' is indented under '" + prevKey
                        + "', which already has a value", "line '" + key + ":' up with '" + prevKey + ":' (column "
                        + col + ")");
            }
        }
        return new Said(line, column, "a ': ' inside a value that is not quoted",
                "a value that contains ': ' must be quoted, such as title: \"Steps: the first\"");
    }

    /** A line whose indentation lines up with nothing it could belong to. */
    private static Said misaligned(String[] lines, int line, int column, String here) {
        boolean item = here.stripLeading().startsWith("-");
        int start = indent(here) + 1;
        int bestLine = -1;
        int bestColumn = -1;
        for (int n = line - 1; n >= 1; n--) {
            String l = lineOf(lines, n);
            if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
            int col = item ? (l.stripLeading().startsWith("-") ? indent(l) + 1 : -1) : keyColumn(l);
            if (col > 0 && (bestLine < 0 || Math.abs(col - start) < Math.abs(bestColumn - start))) {
                bestLine = n;
                bestColumn = col;
            }
            if (indent(l) == 0) break;
        }
        String what = item ? "this list item" : keyOf(here) != null ? "'" + keyOf(here) + "'" : "this line";
        String hint = bestLine < 0 ? "indent it with spaces to match the lines it belongs with"
                : item ? "the list item on line " + bestLine + " starts at column " + bestColumn + "; indent this one to match"
                : "'" + keyOf(lineOf(lines, bestLine)) + "' on line " + bestLine + " starts at column " + bestColumn
                + "; line this up with the key it belongs beside";
        return new Said(line, Math.max(1, Math.min(column, start)), what
                + " is not lined up with the lines above it", hint);
    }

    /** A 1-based line, or "" past either end. */
    private static String lineOf(String[] lines, int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    private static boolean afterQuote(String here, int column) {
        String before = here.substring(0, Math.min(column - 1, here.length())).stripTrailing();
        return before.endsWith("\"") || before.endsWith("'");
    }

    private static Optional<Integer> previousContent(String[] lines, int line) {
        for (int n = line - 1; n >= 1; n--) {
            String l = lineOf(lines, n);
            if (!l.isBlank() && !l.stripLeading().startsWith("#")) return Optional.of(n);
        }
        return Optional.empty();
    }

    /** The key a line starts with ({@code key:} or {@code - key:}), or null. */
    private static String keyOf(String l) {
        String s = l.stripLeading().replaceFirst("^-\\s+", "");
        int colon = s.indexOf(':');
        if (colon <= 0) return null;
        String key = s.substring(0, colon);
        return key.matches("[A-Za-z0-9_.-]+") ? key : null;
    }

    /** The 1-based column where a line's key starts, past any '- ', or -1 when it has none. */
    private static int keyColumn(String l) {
        if (keyOf(l) == null) return -1;
        int i = indent(l);
        if (l.startsWith("-", i)) {
            i++;
            while (i < l.length() && l.charAt(i) == ' ') i++;
        }
        return i + 1;
    }

    private static int indent(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') i++;
        return i;
    }

    private static String charAt(String l, int column) {
        return column >= 1 && column <= l.length() ? String.valueOf(l.charAt(column - 1)) : "";
    }
}
