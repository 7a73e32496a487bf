package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Evidence that the outcome for one of the family's themes has been achieved and sustained since a date.
 *
 * @param windowWeeks for an employment theme, 13 or 26 weeks of continuous employment; {@code null} for the
 *                    framework's default sustain window
 */
public record OutcomeEvidence(String evidenceId, String theme, LocalDate sustainedFrom, Integer windowWeeks,
                              Instant evidencedAt, String recordedBy, RequestKey requestKey) implements Keyed {

    public OutcomeEvidence {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(sustainedFrom, "sustainedFrom");
        Objects.requireNonNull(evidencedAt, "evidencedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
