package org.waymark.render;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.waymark.model.Asset;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/** The editors' schemas under schema/; an author's own file at the same path wins, as theme overrides do. */
record EditorSchemaFiles(Site site) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        Set<String> authored = new HashSet<>();
        for (Asset a : site.assets()) authored.add(a.path().value());
        for (Map.Entry<String, byte[]> schema : SchemaFiles.read().entrySet()) {
            String path = SchemaFiles.SITE_FOLDER + schema.getKey();
            if (!authored.contains(path)) out.write(path, schema.getValue());
        }
    }
}
