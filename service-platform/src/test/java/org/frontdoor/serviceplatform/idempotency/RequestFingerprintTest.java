package org.frontdoor.serviceplatform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    record Review(String caseId, Instant reviewedAt, Map<String, Integer> scores, List<String> themes) {
    }

    @Test
    void theSameMeaningHasTheSameFingerprintWhateverTheOrderOfMapEntries() {
        Map<String, Integer> oneWay = new LinkedHashMap<>();
        oneWay.put("housing", 4);
        oneWay.put("community", 6);
        Map<String, Integer> otherWay = new LinkedHashMap<>();
        otherWay.put("community", 6);
        otherWay.put("housing", 4);
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        Instant sameInstantWrittenElsewhere = OffsetDateTime.parse("2026-03-02T10:00:00+01:00").toInstant();

        assertThat(RequestFingerprint.of(new Review("case-1", at, oneWay, List.of("EDUCATION"))))
                .isEqualTo(RequestFingerprint.of(new Review("case-1", sameInstantWrittenElsewhere, otherWay,
                        List.of("EDUCATION"))))
                .hasSize(64);
    }

    @Test
    void anyDifferenceInMeaningOrPathChangesIt() {
        Review review = new Review("case-1", Instant.parse("2026-03-02T09:00:00Z"), Map.of("housing", 4),
                List.of("EDUCATION", "HEALTH"));
        assertThat(RequestFingerprint.of(review)).isNotEqualTo(RequestFingerprint.of(new Review("case-1",
                review.reviewedAt(), Map.of("housing", 5), review.themes())));
        // the order of a list is meaning (the order themes were named in), not noise
        assertThat(RequestFingerprint.of(review)).isNotEqualTo(RequestFingerprint.of(new Review("case-1",
                review.reviewedAt(), review.scores(), List.of("HEALTH", "EDUCATION"))));
        assertThat(RequestFingerprint.of("/api/cases/case-1/reviews", review))
                .isNotEqualTo(RequestFingerprint.of("/api/cases/case-2/reviews", review));
    }
}
