package org.waymark.model;

import org.waymark.text.Position;
/** One entry of site.yaml's {@code nav}: a file or a folder ("guides/"). */
public record NavEntry(String target, Position at) {
    public boolean isFolder() {
        return target.endsWith("/");
    }
}
