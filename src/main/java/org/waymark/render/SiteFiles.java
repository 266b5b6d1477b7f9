package org.waymark.render;

import java.io.IOException;
import org.waymark.output.OutputSink;

/** One kind of file the site has besides its pages (assets, schemas, exports, sitemap), with its own writer. */
interface SiteFiles {
    void write(OutputSink out) throws IOException;
}
