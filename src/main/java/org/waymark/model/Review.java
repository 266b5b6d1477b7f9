package org.waymark.model;

import java.time.LocalDate;
import java.util.Optional;
import org.waymark.text.Position;

/**
 * Who keeps a page, tree or checklist true ({@code owner}) and when it was last checked
 * ({@code reviewed}); either may be absent (null). {@code reviewedAt} is where the date is
 * written, for a warning that it is overdue.
 */
public record Review(String owner, LocalDate reviewed, Position reviewedAt) {
    public static final Review NONE = new Review(null, null, null);

    public Optional<String> ownerName() {
        return Optional.ofNullable(owner);
    }

    public Optional<LocalDate> reviewedOn() {
        return Optional.ofNullable(reviewed);
    }

    /** A date as a reader says it: "3 March 2026". */
    public static String spelled(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }
}
