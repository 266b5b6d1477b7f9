package org.waymark.link;

import org.waymark.model.ContentPath;

/** What a link written in content points at, once resolved against the whole site. */
public sealed interface ResolvedLink {
    /** An http(s), mailto or tel address, or a scheme-relative {@code //host/…} one, kept as written. */
    record External(String url) implements ResolvedLink {}

    /** A page, tree or checklist of the site; {@code anchor} may be null. */
    record ToDocument(ContentPath target, String anchor) implements ResolvedLink {}

    /** A folder (a section), whose index page is generated when it has no index.md or README.md. */
    record ToSection(String folder, String anchor) implements ResolvedLink {}

    /** An image or attachment copied from content/; {@code anchor} (such as a PDF's {@code page=3}) may be null. */
    record ToAsset(ContentPath target, String anchor) implements ResolvedLink {}

    /** {@code #anchor} in the same document. */
    record SameDocument(String anchor) implements ResolvedLink {}

    /** A relative path that leaves content/. */
    record Outside(String normalized) implements ResolvedLink {}

    /** A scheme other than http, https, mailto and tel (javascript:, data:, file:, ftp:, …). */
    record Unsafe(String scheme) implements ResolvedLink {}

    /** A relative path to a file that does not exist. */
    record Missing(String normalized) implements ResolvedLink {}
}
