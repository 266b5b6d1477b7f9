package org.waymark.render;

import org.waymark.model.Checklist;

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
}
