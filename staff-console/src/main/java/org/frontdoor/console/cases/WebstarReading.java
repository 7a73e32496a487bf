package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One Webstar of {@code GET /api/cases/{caseId}/webstars} (case-service's {@code WebstarView}): whose star, when,
 * with which tool, and the score of each area scored (an area left out was not scored at that session).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WebstarReading(String assessmentId, String personId, String role, String type, Instant assessedAt,
                      String toolCode, String toolVersion, Map<String, Integer> scores, String recordedBy,
                      Instant recordedAt) {

    WebstarReading {
        scores = scores == null ? Map.of() : new LinkedHashMap<>(scores);
    }
}
