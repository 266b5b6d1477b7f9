package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.waymark.model.Checklist;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/** Each checklist as a Markdown task list beside its page, naming the page's address when baseUrl is set. */
record ChecklistMarkdownFiles(Site site) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        String baseUrl = site.config().baseUrl();
        for (Checklist c : site.checklists()) {
            String url = baseUrl == null ? null : baseUrl + RelativeUrl.withoutIndex(c.outputFile());
            out.write(ChecklistExports.markdownFile(c), ChecklistExports.markdown(c, url).getBytes(StandardCharsets.UTF_8));
        }
    }
}
