package org.waymark.model;

import org.waymark.text.Position;

/**
 * One entry of site.yaml's {@code nav}: a file or folder of content/ ({@code guides/} or
 * {@code path: guides/}), or an external address ({@code url: https://…}). {@code label} is
 * the text the header shows; empty for a content entry means the page's or section's own title.
 */
public sealed interface NavEntry {
    String label();

    Position at();

    record Content(String target, String label, Position at) implements NavEntry {
        public boolean isFolder() {
            return target.endsWith("/");
        }
    }

    record External(String url, String label, Position at) implements NavEntry {}
}
