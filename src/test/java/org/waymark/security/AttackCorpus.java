package org.waymark.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.html.ScriptJson;
import org.waymark.testing.Projects;

/**
 * Hostile inputs for the safety tests: OWASP filter-evasion strings (src/test/resources/attack/xss.txt)
 * placed in every field a reader sees, as whole projects.
 */
final class AttackCorpus {
    private AttackCorpus() {}

    static List<String> xss() {
        try {
            return Files.readAllLines(Projects.repo().resolve("src/test/resources/attack/xss.txt"), StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted scalar: JSON string syntax is valid YAML. */
    static String q(String s) {
        return ScriptJson.write(s);
    }

    /** Every string in every plain-text field: titles, summaries, tags, questions, labels, hints, items. */
    static Map<String, String> textFieldsProject(List<String> strings) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: " + q(strings.get(0)) + "\ndescription: " + q(strings.get(1)) + "\n");
        StringBuilder index = new StringBuilder("---\ntitle: " + q(strings.get(2)) + "\nsummary: " + q(strings.get(3))
                + "\n---\n\n[tree](decisions/attack.yaml)\n\n[list](checklists/attack.yaml)\n\n");
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            files.put("content/pages/p" + i + ".md", "---\ntitle: " + q(s + " #" + i) + "\nsummary: " + q(s)
                    + "\ntags: [" + q(s) + "]\nextra: {note: " + q(s) + "}\n---\n\nPlain body `" + s.replace("`", "")
                    + "` in code.\n\n```\n" + s + "\n```\n");
            index.append("- [page ").append(i).append("](pages/p").append(i).append(".md)\n");
        }
        files.put("content/index.md", index.toString());
        StringBuilder tree = new StringBuilder("kind: decision\ntitle: " + q(strings.get(4)) + "\nsummary: "
                + q(strings.get(5)) + "\ntags: [" + q(strings.get(6)) + "]\nstart: q0\nnodes:\n");
        int n = strings.size();
        for (int i = 0; i < n; i++) {
            String next = i + 1 < n ? "q" + (i + 1) : "end-a";
            tree.append("  q").append(i).append(":\n    question: ").append(q(strings.get(i)))
                    .append("\n    options:\n      - label: ").append(q(strings.get(i) + " (a)"))
                    .append("\n        next: ").append(next).append("\n        hint: ").append(q(strings.get(i)))
                    .append("\n      - label: ").append(q(strings.get(i) + " (b)")).append("\n        next: end-b\n");
        }
        tree.append("  end-a:\n    outcome: ").append(q(strings.get(7))).append("\n    tone: negative\n");
        tree.append("  end-b:\n    outcome: ").append(q(strings.get(8))).append("\n    checklist: ../checklists/attack.yaml\n");
        files.put("content/decisions/attack.yaml", tree.toString());
        StringBuilder list = new StringBuilder("kind: checklist\ntitle: " + q(strings.get(9)) + "\nsummary: "
                + q(strings.get(10)) + "\nsections:\n");
        for (int i = 0; i < n; i++) {
            list.append("  - title: ").append(q(strings.get(i))).append("\n    items:\n      - id: item-").append(i)
                    .append("\n        text: ").append(q(strings.get(i))).append("\n        optional: ")
                    .append(i % 2 == 0).append('\n');
        }
        files.put("content/checklists/attack.yaml", list.toString());
        return files;
    }

    /** One string as Markdown (raw HTML) in a page body, a tree's help and body, and an item's detail. */
    static Map<String, String> markdownFieldsProject(String s) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/index.md", "---\ntitle: Attack\n---\n\n" + s + "\n\nText " + s + " inline.\n\n"
                + "[t](t.yaml) [c](c.yaml)\n");
        files.put("content/t.yaml", "kind: decision\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q\n    help: "
                + q(s) + "\n    options:\n      - {label: A, next: b}\n      - {label: B, next: b}\n  b:\n    outcome: O\n"
                + "    body: " + q(s) + "\n");
        files.put("content/c.yaml", "kind: checklist\ntitle: C\nsections:\n  - items:\n      - text: X\n        detail: "
                + q(s) + "\n");
        return files;
    }

    /** Inputs that must be refused with located diagnostics, never a crash: YAML, bytes, paths. */
    static Map<String, byte[]> hostileFiles() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("billion-laughs.yaml", ("kind: checklist\ntitle: x\na: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b]\nsections: [*c]\n").getBytes(StandardCharsets.UTF_8));
        m.put("python-tag.yaml", "kind: decision\ntitle: !!python/object/apply:os.system ['id']\n"
                .getBytes(StandardCharsets.UTF_8));
        m.put("java-tag.yaml", "kind: decision\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"
                .getBytes(StandardCharsets.UTF_8));
        m.put("deep.yaml", ("kind: decision\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        m.put("long-line.yaml", ("kind: checklist\ntitle: \"" + "x".repeat(3_000_000) + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        m.put("merge.yaml", "kind: checklist\ntitle: t\nsections:\n  - <<: {items: []}\n".getBytes(StandardCharsets.UTF_8));
        m.put("bad-bytes.md", new byte[] {'#', ' ', 'A', '\n', (byte) 0xFF, (byte) 0xFE, '\n'});
        m.put("overlong.md", new byte[] {'#', ' ', (byte) 0xC0, (byte) 0xAF, '\n'});
        m.put("surrogate.md", new byte[] {'#', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        m.put("traversal.md", "# T\n\n[x](../../../../etc/passwd)\n![y](../../secret.png)\n\n```embed\n../../../etc/hosts\n```\n"
                .getBytes(StandardCharsets.UTF_8));
        m.put("traversal-tree.yaml", ("kind: decision\ntitle: T\nstart: a\nnodes:\n  a:\n    outcome: O\n"
                + "    links: [../../etc/passwd, 'javascript:alert(1)']\n    checklist: ../../x.yaml\n")
                .getBytes(StandardCharsets.UTF_8));
        m.put("unterminated.md", "---\ntitle: x\n".getBytes(StandardCharsets.UTF_8));
        m.put("binary.md", new byte[] {0, 1, 2, 3, 0});
        return m;
    }

    static List<String> sample(List<String> all, int count) {
        return new ArrayList<>(all.subList(0, Math.min(count, all.size())));
    }
}
