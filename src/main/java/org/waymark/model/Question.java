package org.waymark.model;

import java.util.List;
import org.waymark.text.Position;

public record Question(String id, Position at, String question, Markdown help, List<Option> options)
        implements Node {}
