package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/**
 * The host side of embedding: embed.js at the site's root (the theme's assets/embed.js, under a
 * name that never changes, since hosts paste it), and with a baseUrl each tree's and
 * checklist's oEmbed file beside its embed page.
 */
record EmbedFiles(Site site, Theme theme) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        Theme.Asset script = theme.assets().get(EmbedCode.HOST_SCRIPT);
        if (script != null) out.write(EmbedCode.HOST_SCRIPT, script.bytes());
        EmbedCode code = new EmbedCode(site.config());
        if (!code.available()) return;
        for (Document d : site.documents().values()) {
            if (EmbedPage.embeddable(d)) {
                out.write(EmbedCode.oembedFile(d), code.oembedJson(d).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
