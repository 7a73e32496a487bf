package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A completed Webstar: whose it is, when it was done, with which tool, and the score for each area scored. Scores
 * only; the tool's descriptors are never kept.
 *
 * @param personId   the child's or parent's person id, or the family id for the family's star
 * @param scores     area code to score, in the tool's area order; an area not scored at this session is absent
 * @param recordedBy who recorded it (identity-provider subject)
 * @param requestKey the idempotency key it was recorded with, or {@code null}
 */
public record WebstarAssessment(String assessmentId, String personId, WebstarRole role, WebstarType type,
                                Instant assessedAt, String toolCode, String toolVersion, Map<String, Integer> scores,
                                String recordedBy, Instant recordedAt, RequestKey requestKey) implements Keyed {

    public WebstarAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(toolCode, "toolCode");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (scores == null || scores.isEmpty()) {
            throw new IllegalArgumentException("a Webstar has at least one score");
        }
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
