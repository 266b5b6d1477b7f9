package org.waymark.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic knowledge base written in Java (CI has no Python guarantee), shaped like the one
 * {@code bench/gen.py} makes: guide pages in one long section plus a nested one, every page
 * linked from the one before it (with a heading anchor), and one decision tree (binary, 21-39
 * nodes) and one checklist per 50 pages, each tree linked from one page and embedded in another.
 * Deterministic: page {@code i} is a function of {@code i} alone.
 */
public record GeneratedKnowledgeBase(int pages, int trees, int checklists) {
    private static final String[] HEADINGS = {"Overview", "Before You Begin", "Steps", "Troubleshooting", "Rollback"};

    public static GeneratedKnowledgeBase write(Path project, int pages) throws IOException {
        int per50 = Math.max(1, pages / 50);
        write(project, "content/site.yaml", "title: Generated knowledge base\n");
        write(project, "content/index.md", "---\ntitle: Home\n---\n\nStart with [the first guide](" + path(0, pages)
                + ").\n");
        for (int i = 0; i < pages; i++) write(project, "content/" + path(i, pages), page(i, pages, per50));
        for (int t = 0; t < per50; t++) {
            write(project, "content/decisions/tree-" + t + ".yaml", tree(t, pages, per50));
            write(project, "content/checklists/list-" + t + ".yaml", checklist(t, pages));
        }
        return new GeneratedKnowledgeBase(pages + 1, per50, per50);
    }

    /** Guides 0..4/5 of n sit in guides/, the rest in runbooks/nested/ (a section two folders deep). */
    public static String path(int i, int n) {
        return (i < n * 4 / 5 ? "guides/" : "runbooks/nested/") + "guide-" + i + ".md";
    }

    /** {@code from}'s relative link to guide {@code i}. */
    static String link(String from, int i, int n) {
        String to = path(i, n);
        String up = from.startsWith("runbooks/") ? "../../" : "../";
        return up + to;
    }

    static String page(int i, int n, int per50) {
        String me = path(i, n);
        StringBuilder b = new StringBuilder("---\ntitle: \"Guide " + i + ": rotate key " + (i * 7919 % 1000)
                + "\"\nsummary: How to rotate key " + i + " safely\ntags: [tag-" + i % 30 + ", tag-" + i % 7
                + "]\norder: " + i % 100 + "\n---\n\n");
        b.append("This guide follows [guide ").append((i + n - 1) % n).append("](")
                .append(link(me, (i + n - 1) % n, n)).append(") and leads to [the next one](")
                .append(link(me, (i + 1) % n, n)).append('#').append(slug(HEADINGS[(i + 1) % HEADINGS.length])).append(").\n\n");
        for (int h = 0; h < 3; h++) {
            String heading = HEADINGS[(i + h) % HEADINGS.length];
            b.append("## ").append(heading).append("\n\nKeep a record of every *pending* change for key ").append(i)
                    .append(" so that the audit trail stays complete; see [guide ").append((i * 31 + h) % n).append("](")
                    .append(link(me, (i * 31 + h) % n, n)).append(").\n\n- Access to `the console`\n- A **rollback** plan\n\n");
        }
        b.append("| Setting | Value |\n| --- | --- |\n| retention | ").append(i % 90).append(" days |\n\n");
        b.append("```bash\nsystemctl restart key-").append(i).append("\n```\n");
        if (i < 2 * per50) {  // tree t is linked from guide 2t and embedded in guide 2t+1
            String tree = "../".repeat(me.startsWith("runbooks/") ? 2 : 1) + "decisions/tree-" + i / 2 + ".yaml";
            b.append(i % 2 == 0 ? "\nNot sure? [Ask the wizard](" + tree + ").\n" : "\n```embed\n" + tree + "\n```\n");
        }
        return b.toString();
    }

    static String tree(int t, int n, int lists) {
        int questions = 10 + t % 10;  // heap order: nodes 0..q-1 ask, q..2q are outcomes
        StringBuilder b = new StringBuilder("kind: decision\ntitle: Decision " + t + "\nstart: n0\nnodes:\n");
        for (int j = 0; j <= 2 * questions; j++) {
            b.append("  n").append(j).append(":\n");
            if (j < questions) {
                b.append("    question: Is step ").append(j).append(" of tree ").append(t).append(" done?\n")
                        .append("    help: See [the guide](../").append(path((t * 97 + j) % n, n)).append(").\n")
                        .append("    options:\n      - label: \"Yes\"\n        next: n").append(2 * j + 1)
                        .append("\n      - label: \"No\"\n        next: n").append(2 * j + 2).append('\n');
            } else {
                b.append("    outcome: Outcome ").append(j).append("\n    tone: caution\n    links:\n      - ../")
                        .append(path((t * 13 + j) % n, n)).append('#').append(slug(HEADINGS[((t * 13 + j) % n) % HEADINGS.length]))
                        .append('\n');
                if (j % 5 == 0) b.append("    checklist: ../checklists/list-").append((t + j) % lists).append(".yaml\n");
            }
        }
        return b.toString();
    }

    static String checklist(int t, int n) {
        StringBuilder b = new StringBuilder("kind: checklist\ntitle: Checklist " + t + "\nsections:\n");
        for (int s = 0; s < 3; s++) {
            b.append("  - title: Part ").append(s).append("\n    items:\n");
            for (int k = 0; k < 5; k++) {
                b.append("      - text: Step ").append(s).append('.').append(k).append(" of checklist ").append(t).append('\n');
                if (k == 0) b.append("        links: [../").append(path((t * 41 + s) % n, n)).append("]\n");
                if (k == 4) b.append("        optional: true\n");
            }
        }
        return b.toString();
    }

    private static String slug(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static void write(Path project, String relative, String text) throws IOException {
        Path p = project.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
