package org.waymark.model;

import java.util.List;
import org.waymark.text.Position;

public record ChecklistSection(String title, Position at, List<Item> items) {}
