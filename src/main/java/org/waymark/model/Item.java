package org.waymark.model;

import java.util.List;
import org.waymark.text.Position;

/** One checklist item; {@code id} is the key of a reader's saved tick. */
public record Item(String id, Position at, String text, Markdown detail, boolean optional, List<Link> links) {}
