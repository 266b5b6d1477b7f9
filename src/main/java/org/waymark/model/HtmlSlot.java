package org.waymark.model;

/**
 * A place in a Markdown text's HTML that depends on the page it is shown on: a link to a
 * content file (its relative href differs per page) or an embedded tree or checklist.
 * {@code target} is the path as written in the content.
 */
public record HtmlSlot(boolean embed, String target) {}
