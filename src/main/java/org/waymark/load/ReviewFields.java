package org.waymark.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Review;
import org.waymark.model.ReviewPeriod;
import org.waymark.text.Source;

/**
 * {@code owner} and {@code reviewed} of a page, tree or checklist, and {@code reviewEvery} of
 * site.yaml. A date is written YYYY-MM-DD; a period as a number and days, weeks or months.
 */
final class ReviewFields {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s+(day|week|month|year)s?");

    private ReviewFields() {}

    static Review read(Source source, MappingFields f, List<Diagnostic> out) {
        String owner = f.text("owner").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        Optional<YamlNode.Scalar> written = f.scalar("reviewed");
        LocalDate reviewed = written.flatMap(s -> date(source, s, out)).orElse(null);
        if (owner == null && reviewed == null) return Review.NONE;
        return new Review(owner, reviewed, reviewed == null ? null : written.get().at());
    }

    private static Optional<LocalDate> date(Source source, YamlNode.Scalar s, List<Diagnostic> out) {
        String v = s.value().strip();
        if (DATE.matcher(v).matches()) {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeException e) {
                out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "reviewed: '" + v
                        + "' is not a day of the calendar", "write the date the guidance was last checked, YYYY-MM-DD"));
                return Optional.empty();
            }
        }
        out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "reviewed: '" + v
                + "' is not a date written YYYY-MM-DD", "write it as year-month-day, such as 2026-03-03"));
        return Optional.empty();
    }

    /** {@code reviewEvery}: empty when absent, and when it is not a period (reported). */
    static Optional<ReviewPeriod> period(Source source, MappingFields f, List<Diagnostic> out) {
        return f.scalar("reviewEvery").flatMap(s -> {
            String v = s.value().strip();
            Matcher m = PERIOD.matcher(v.toLowerCase(Locale.ROOT));
            int amount = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (amount == 0) {
                out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "reviewEvery: '" + v
                        + "' is not a period of time", "write a number and days, weeks or months, such as 6 months"));
                return Optional.empty();
            }
            ChronoUnit unit = switch (m.group(2)) {
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                default -> ChronoUnit.YEARS;
            };
            return Optional.of(new ReviewPeriod(amount, unit, v, s.at()));
        });
    }
}
