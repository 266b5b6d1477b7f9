package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.waymark.model.Checklist;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/** Each checklist as a Markdown task list with nothing ticked, beside its page (see {@link ChecklistMarkdown}). */
record ChecklistMarkdownFiles(Site site, ChecklistView views) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        for (Checklist c : site.checklists()) {
            out.write(ChecklistExports.markdownFile(c), views.markdown(c).write(Set.of()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
