package org.waymark.model;

import java.util.List;
import org.waymark.text.Position;

public record Outcome(String id, Position at, String outcome, Tone tone, Markdown body, List<Link> links,
                      Link checklist) implements Node {}
