package org.waymark.load;

import java.util.List;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Asset;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;

/** What one file of content/ became, with what was reported while loading it. */
sealed interface ContentFile permits ContentFile.Loaded, ContentFile.Copied, ContentFile.Failed {

    ContentPath path();

    List<Diagnostic> diagnostics();

    /** A page, decision tree or checklist. */
    record Loaded(Document document, List<Diagnostic> diagnostics) implements ContentFile {
        public ContentPath path() {
            return document.path();
        }
    }

    /** Any other file: published as it is. */
    record Copied(Asset asset) implements ContentFile {
        public ContentPath path() {
            return asset.path();
        }

        public List<Diagnostic> diagnostics() {
            return List.of();
        }
    }

    /**
     * A page or YAML file that could not be read or made no usable document. Its diagnostics say
     * why; the site keeps its path so that links to it are not reported again as broken.
     */
    record Failed(ContentPath path, List<Diagnostic> diagnostics) implements ContentFile {}

    static ContentFile of(ContentPath path, LoadResult<? extends Document> result) {
        return result instanceof LoadResult.Loaded<? extends Document> loaded
                ? new Loaded(loaded.value(), loaded.diagnostics())
                : new Failed(path, result.diagnostics());
    }
}
