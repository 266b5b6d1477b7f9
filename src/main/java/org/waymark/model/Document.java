package org.waymark.model;

import java.util.List;
import org.waymark.text.Source;

/** Anything in content/ that becomes a page of its own. */
public sealed interface Document permits Page, DecisionTree, Checklist {
    Source source();

    ContentPath path();

    String title();

    String summary();

    List<String> tags();

    /** Ids that an {@code #anchor} may name in a link to this document. */
    java.util.Set<String> anchors();

    /** Every link written in this document, for the link rules. */
    List<Link> links();

    default String outputFile() {
        return path().outputFile();
    }
}
