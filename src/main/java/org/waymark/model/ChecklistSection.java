package org.waymark.model;

import java.util.List;

public record ChecklistSection(String title, Position at, List<Item> items) {}
