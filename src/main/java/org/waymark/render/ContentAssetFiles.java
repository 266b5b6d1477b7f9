package org.waymark.render;

import java.io.IOException;
import org.waymark.model.Asset;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/** Files in content/ that are not documents (images, downloads), copied as they are. */
record ContentAssetFiles(Site site) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        for (Asset a : site.assets()) out.copy(a.path().value(), a.file());
    }
}
