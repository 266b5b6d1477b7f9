package org.waymark.model;

import org.waymark.text.Position;
/** One answer to a question, leading to the node {@code next}. */
public record Option(String label, String next, String hint, Position at, Position nextAt) {}
