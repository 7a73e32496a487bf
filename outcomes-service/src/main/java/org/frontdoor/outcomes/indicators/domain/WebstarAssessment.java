package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One completed Webstar, as the W and F indicators need it.
 *
 * @param personId       the child's or parent's person id, or the family id for a family star
 * @param personRole     {@code CHILD}, {@code PARENT} or {@code FAMILY}
 * @param assessmentType {@code BASELINE}, {@code REVIEW} or {@code CLOSURE}
 * @param scores         area code → score; an area not scored is simply absent
 */
public record WebstarAssessment(String assessmentId, String caseId, Instant assessedAt, String toolCode,
                                String personId, String personRole, String assessmentType, Map<String, Integer> scores) {

    public static final String CHILD = "CHILD";
    public static final String PARENT = "PARENT";
    public static final String FAMILY = "FAMILY";
    public static final String CLOSURE = "CLOSURE";

    /** Earliest first, then by id so that two stars at the same instant have a fixed order. */
    public static final Comparator<WebstarAssessment> IN_ORDER_ASSESSED =
            Comparator.comparing(WebstarAssessment::assessedAt).thenComparing(WebstarAssessment::assessmentId);

    public WebstarAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(personId, "personId");
        scores = Map.copyOf(scores);
    }

    public boolean isClosure() {
        return CLOSURE.equals(assessmentType);
    }

    public boolean scores(String area) {
        return scores.containsKey(area);
    }
}
