package org.waymark.paths;

import java.util.List;

/**
 * One walk through a tree from start to an outcome: the answer given at each question, then the
 * outcome's id. Its {@link #line()} is the stable text form used by {@code waymark paths} and in
 * {@code <tree>.paths.txt}: {@code goal="Label" / next-question="Other label" -> outcome-id}.
 */
public record TreePath(List<Answer> answers, String outcome) {

    /** At question {@code question}, the option labelled {@code label} was chosen. */
    public record Answer(String question, String label) {}

    /** Everything before {@code " -> "}: what identifies the path when two lists are compared. */
    public String answersText() {
        StringBuilder b = new StringBuilder();
        for (Answer a : answers) {
            if (b.length() > 0) b.append(" / ");
            b.append(a.question()).append("=\"").append(quote(a.label())).append('"');
        }
        return b.toString();
    }

    public String line() {
        return answersText() + " -> " + outcome;
    }

    /** Backslash and double quote are escaped, and line breaks too, so a label always stays on one line. */
    static String quote(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
    }
}
