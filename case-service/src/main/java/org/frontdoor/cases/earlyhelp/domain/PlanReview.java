package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A review of the family's plan (team around the family meeting).
 *
 * @param reviewNumber  1 for the case's first review, counting on across reopenings
 * @param nextReviewDue when the next review is due, or {@code null} (only a review recorded before the authority's
 *                      review interval was configured has none: since then a review always sets one)
 * @param attendees     who attended, by part and agency (empty when not recorded)
 * @param planVersion   the version of the family plan that was current at the review, or {@code null} if none was
 * @param goalProgress  goal id to its progress, for every goal of that version, in the plan's order; empty when the
 *                      review recorded no progress
 * @param webstarIds    the Webstars taken at the review (recorded on the case as {@code REVIEW} Webstars)
 */
public record PlanReview(String reviewId, int reviewNumber, Instant reviewedAt, LocalDate nextReviewDue,
                         List<ReviewAttendee> attendees, Integer planVersion, Map<String, GoalProgress> goalProgress,
                         List<String> webstarIds, String recordedBy, Instant recordedAt, RequestKey requestKey)
        implements Keyed {

    public PlanReview {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (reviewNumber < 1) {
            throw new IllegalArgumentException("reviews are numbered from 1");
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        goalProgress = goalProgress == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(goalProgress));
        webstarIds = webstarIds == null ? List.of() : List.copyOf(webstarIds);
    }

    /** A review with its date, number and next review date only (as reviews were first recorded). */
    public PlanReview(String reviewId, int reviewNumber, Instant reviewedAt, LocalDate nextReviewDue,
                      String recordedBy, Instant recordedAt, RequestKey requestKey) {
        this(reviewId, reviewNumber, reviewedAt, nextReviewDue, List.of(), null, Map.of(), List.of(), recordedBy,
                recordedAt, requestKey);
    }

    /** How many of the reviewed plan's goals the review found {@code progress}. */
    public int goalsWith(GoalProgress progress) {
        return (int) goalProgress.values().stream().filter(progress::equals).count();
    }
}
