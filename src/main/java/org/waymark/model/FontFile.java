package org.waymark.model;

import org.waymark.text.Position;

/**
 * A font file that site.yaml's {@code pdf: fonts:} names for PDFs, as written there: a path
 * from the project's folder (the one holding content/), and where in site.yaml it was written.
 */
public record FontFile(String path, Position at) {}
