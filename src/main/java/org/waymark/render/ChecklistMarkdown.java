package org.waymark.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.Item;

/**
 * A checklist as a GitHub task list, line by line, every piece of content already escaped. The
 * build writes it unticked as the {@code .md} export, and hands the same lines to
 * assets/checklist.js, whose "Copy as Markdown" only puts in the ticks: so the two agree.
 */
public record ChecklistMarkdown(List<Line> lines) {
    /** A line as it is, or one task of the list. */
    public sealed interface Line permits Text, Task {}

    public record Text(String markdown) implements Line {}

    /** {@code - [ ] markdown}, or {@code - [x] markdown} when the item is ticked. */
    public record Task(String item, String markdown) implements Line {}

    /**
     * Title, summary, a line saying where the list comes from ({@code source}, or null for none),
     * then each section's items, each followed by the blocks {@code under} gives for it (its
     * detail and links, as Markdown), indented into the item.
     */
    static ChecklistMarkdown of(Checklist list, String source, Function<Item, List<String>> under) {
        List<Line> lines = new ArrayList<>();
        paragraph(lines, "# " + MarkdownText.escape(list.title()));
        if (!list.summary().isBlank()) paragraph(lines, MarkdownText.escape(list.summary()));
        if (source != null) paragraph(lines, source);
        for (ChecklistSection s : list.sections()) {
            if (!s.title().isBlank()) paragraph(lines, "## " + MarkdownText.escape(s.title()));
            for (Item i : s.items()) {
                lines.add(new Task(i.id(), MarkdownText.escape(i.text()) + (i.optional() ? " _(optional)_" : "")));
                for (String block : under.apply(i)) {
                    lines.add(new Text(""));
                    // two spaces: the column where the text of "- [ ] " starts, so the block stays in the item
                    block.lines().forEach(l -> lines.add(new Text(l.isEmpty() ? "" : "  " + l)));
                }
            }
            lines.add(new Text(""));
        }
        return new ChecklistMarkdown(List.copyOf(lines));
    }

    private static void paragraph(List<Line> lines, String markdown) {
        lines.add(new Text(markdown));
        lines.add(new Text(""));
    }

    /** The text with the items in {@code done} ticked; each line ends with a line break. */
    public String write(Set<String> done) {
        StringBuilder b = new StringBuilder();
        for (Line line : lines) {
            if (line instanceof Task t) b.append("- [").append(done.contains(t.item()) ? 'x' : ' ').append("] ").append(t.markdown());
            else b.append(((Text) line).markdown());
            b.append('\n');
        }
        return b.toString();
    }

    /** The lines for the page's JSON (docs/client-data.md): a string per line, {@code {item, text}} per task. */
    List<Object> json() {
        List<Object> out = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Task t) {
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("item", t.item());
                task.put("text", t.markdown());
                out.add(task);
            } else {
                out.add(((Text) line).markdown());
            }
        }
        return out;
    }
}
