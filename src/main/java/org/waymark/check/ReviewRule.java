package org.waymark.check;

import java.util.Collection;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Review;
import org.waymark.model.ReviewPeriod;
import org.waymark.model.Site;

/**
 * With {@code reviewEvery} in site.yaml, each page, tree or checklist whose {@code reviewed}
 * date is older than that: a warning per document, so that a team's CI lists what to re-read.
 * Guidance without a {@code reviewed} date is not judged; nothing says when it was last true.
 */
final class ReviewRule implements DocumentRule {
    @Override
    public void check(Site site, LinkResolver links, Collection<? extends Document> documents,
                      Consumer<Diagnostic> out) {
        ReviewPeriod every = site.config().reviewEvery();
        if (every == null) return;
        LocalDate today = LocalDate.now();
        for (Document d : documents) {
            Review review = d.review();
            if (review.reviewed() == null) continue;
            LocalDate overdue = every.overdueFrom(review.reviewed());
            if (today.isBefore(overdue)) continue;
            String by = review.ownerName().map(o -> " by " + o).orElse("");
            out.accept(Diagnostic.of(d.source(), review.reviewedAt(), Code.REVIEW_OVERDUE, "last reviewed "
                    + Review.spelled(review.reviewed()) + by + "; with reviewEvery: " + every.written()
                    + " it was due again by " + Review.spelled(overdue.minusDays(1)),
                    "re-read it; when it is still true, set 'reviewed:' to the day you checked it"));
        }
    }
}
