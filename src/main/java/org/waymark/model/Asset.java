package org.waymark.model;

/** A file in content/ that is neither a page nor YAML (an image, an attachment): copied as it is. */
public record Asset(ContentPath path, java.nio.file.Path file) {}
