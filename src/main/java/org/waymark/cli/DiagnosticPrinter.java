package org.waymark.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Report;
import org.waymark.diagnostic.Severity;
import org.waymark.html.ScriptJson;

/** Writes a report for people (with the source line and a caret), as JSON, or as GitHub annotations. */
public final class DiagnosticPrinter {
    public enum Format { HUMAN, JSON, GITHUB }

    private final PrintStream out;
    private final boolean colour;
    private final String prefix;

    public DiagnosticPrinter(PrintStream out, boolean colour) {
        this(out, colour, "");
    }

    /**
     * {@code prefix} leads from where the command was run to the project folder ("docs/kb/"), so
     * that printed paths open in an editor and GitHub annotations land on the right file.
     */
    public DiagnosticPrinter(PrintStream out, boolean colour, String prefix) {
        this.out = out;
        this.colour = colour;
        this.prefix = prefix;
    }

    public void print(Report report, Format format) {
        switch (format) {
            case JSON -> out.println(json(report, prefix));
            case GITHUB -> report.diagnostics().forEach(d -> out.println(github(d, prefix)));
            default -> {
                report.diagnostics().forEach(this::human);
                if (!report.diagnostics().isEmpty()) out.println(summary(report));
            }
        }
    }

    public static String summary(Report report) {
        long e = report.errors();
        long w = report.warnings();
        return plural(e, "error") + ", " + plural(w, "warning") + " in " + plural(report.files(), "file");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void human(Diagnostic d) {
        String sev = d.severity().word();
        String coloured = !colour ? sev : (d.severity() == Severity.ERROR ? "\u001b[1;31m" : "\u001b[1;33m") + sev + "\u001b[0m";
        out.println(prefix + d.path() + ":" + d.line() + ":" + d.column() + ": " + coloured + ": " + d.message()
                + " [" + d.code().id() + "]");
        if (!d.sourceLine().isEmpty()) {
            String number = String.valueOf(d.line());
            String gutter = " ".repeat(number.length());
            String line = d.sourceLine().replace('\t', ' ');
            if (line.length() > 200) line = line.substring(0, 200) + "…";
            out.println(" " + number + " | " + line);
            int caret = Math.max(0, Math.min(d.column() - 1, line.length()));
            out.println(" " + gutter + " | " + " ".repeat(caret) + (colour ? "\u001b[1;32m^\u001b[0m" : "^"));
        }
        if (d.hint() != null && !d.hint().isEmpty()) out.println(" " + " ".repeat(String.valueOf(d.line()).length())
                + " = hint: " + d.hint());
    }

    static String json(Report report, String prefix) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", prefix + d.path());
            m.put("line", d.line());
            m.put("column", d.column());
            m.put("endLine", d.endLine());
            m.put("endColumn", d.endColumn());
            m.put("severity", d.severity().word());
            m.put("code", d.code().id());
            m.put("rule", d.code().slug());
            m.put("message", d.message());
            m.put("hint", d.hint());
            list.add(m);
        }
        return ScriptJson.write(list);
    }

    static String github(Diagnostic d, String prefix) {
        String level = d.severity() == Severity.ERROR ? "error" : "warning";
        String msg = d.message() + (d.hint() == null ? "" : " (hint: " + d.hint() + ")");
        return "::" + level + " file=" + property(prefix + d.path()) + ",line=" + d.line() + ",col=" + d.column()
                + ",title=" + property(d.code().id() + " " + d.code().slug()) + "::" + data(msg);
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
