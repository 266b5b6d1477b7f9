package org.waymark.render;

import java.io.IOException;
import org.waymark.output.OutputSink;

/** The theme's CSS, scripts and icons under assets/, each under its cache-busted name (but embed.js). */
record ThemeAssetFiles(Theme theme) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        for (Theme.Asset a : theme.assets().values()) {
            // embed.js is written once, at the root, under the name hosts paste (EmbedFiles)
            if (!a.name().equals(EmbedCode.HOST_SCRIPT)) out.write("assets/" + a.outputName(), a.bytes());
        }
    }
}
