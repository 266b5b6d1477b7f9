package org.waymark.output;

/**
 * One fault the verifier found: the page it is in (relative to the output root), the template
 * that wrote that page (null for a file copied from content), and what is wrong.
 */
public record Finding(String page, String template, Fault fault) {}
