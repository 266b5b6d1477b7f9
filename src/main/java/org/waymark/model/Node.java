package org.waymark.model;

import org.waymark.text.Position;
/** A node of a decision tree: a question or an outcome, never both. */
public sealed interface Node permits Question, Outcome {
    String id();

    Position at();
}
