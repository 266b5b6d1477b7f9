package org.waymark.model;

import org.waymark.text.Position;
/** A heading of a Markdown text: its level, plain text and the id its anchor gets. */
public record Heading(int level, String text, String id, Position at) {}
