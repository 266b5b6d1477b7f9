package org.waymark.check;

import java.util.Collection;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Image;
import org.waymark.model.Markdown;
import org.waymark.model.Site;

/**
 * An image without alt text: a screen reader says only "image" (or reads out the file name),
 * and a reader whose image fails to load sees nothing.
 */
final class ImageAltRule implements DocumentRule {
    @Override
    public void check(Site site, LinkResolver links, Collection<? extends Document> documents,
                      Consumer<Diagnostic> out) {
        for (Document d : documents) {
            for (Markdown m : d.markdownTexts()) {
                for (Image image : m.images()) {
                    if (image.alt().isBlank()) {
                        out.accept(Diagnostic.of(d.source(), image.at(), Code.IMAGE_NO_ALT, "image '" + image.target()
                                + "' has no alt text", "say what the image shows between the brackets: ![what it shows]("
                                + image.target() + ")"));
                    }
                }
            }
        }
    }
}
