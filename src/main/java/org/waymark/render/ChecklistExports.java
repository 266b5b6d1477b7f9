package org.waymark.render;

import java.util.List;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.Item;

/** The files a checklist is exported to, beside its page. */
public final class ChecklistExports {
    private ChecklistExports() {}

    public static String folder(Checklist list) {
        String out = list.outputFile();
        return out.substring(0, out.lastIndexOf('/') + 1);
    }

    public static String markdownFile(Checklist list) {
        return folder(list) + list.id() + ".md";
    }

    /** The A4 PDF. */
    public static String pdfFile(Checklist list) {
        return folder(list) + list.id() + ".pdf";
    }

    /** The US Letter PDF. */
    public static String letterPdfFile(Checklist list) {
        return folder(list) + list.id() + "-letter.pdf";
    }

    /** A GitHub task list: title, summary, sections as headings, one {@code - [ ]} line per item. */
    public static String markdown(Checklist list, String pageUrl) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(MarkdownText.escape(list.title())).append("\n\n");
        if (!list.summary().isEmpty()) b.append(MarkdownText.escape(list.summary())).append("\n\n");
        if (pageUrl != null) b.append("Source: <").append(pageUrl).append(">\n\n");
        List<ChecklistSection> sections = list.sections();
        for (ChecklistSection s : sections) {
            if (!s.title().isEmpty()) b.append("## ").append(MarkdownText.escape(s.title())).append("\n\n");
            for (Item i : s.items()) {
                b.append("- [ ] ").append(MarkdownText.escape(i.text()));
                if (i.optional()) b.append(" _(optional)_");
                b.append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
