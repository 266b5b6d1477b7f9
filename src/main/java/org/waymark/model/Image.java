package org.waymark.model;

import org.waymark.text.Position;
/** An image written in Markdown, with its alt text (the words between the brackets). */
public record Image(String target, String alt, Position at) {}
