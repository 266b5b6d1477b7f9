package org.waymark.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.waymark.text.Position;

/**
 * {@code reviewEvery} of site.yaml, such as "6 months": how long a {@code reviewed} date holds
 * before {@code check} asks for the guidance to be read again. {@code written} is the text as
 * the author wrote it, for messages.
 */
public record ReviewPeriod(int amount, ChronoUnit unit, String written, Position at) {

    /** The first day on which guidance reviewed on {@code reviewed} is overdue. */
    public LocalDate overdueFrom(LocalDate reviewed) {
        return reviewed.plus(amount, unit).plusDays(1);
    }
}
