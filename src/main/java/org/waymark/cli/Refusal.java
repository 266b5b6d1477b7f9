package org.waymark.cli;

/**
 * A command that cannot go ahead for a reason other than how it was typed (a folder that is not
 * there, an output folder Waymark must not replace). It is printed as one line, without the
 * usage text: usage is printed only for usage errors.
 */
final class Refusal extends RuntimeException {
    Refusal(String message) {
        super(message, null, false, false);
    }
}
