package org.frontdoor.triage.decision.domain;

import java.util.Arrays;
import java.util.Optional;

/** The threshold of need (Cheshire East wording), levels 1 to 4. */
public enum ThresholdLevel {

    UNIVERSAL(1, "no unmet needs (universal)"),
    ADDITIONAL_NEEDS(2, "additional needs (single agency)"),
    MULTIPLE_AND_COMPLEX_NEEDS(3, "multiple and complex needs (targeted multi-agency early help)"),
    ACUTE_SPECIALIST(4, "acute / specialist (statutory social work)");

    private final int number;
    private final String meaning;

    ThresholdLevel(int number, String meaning) {
        this.number = number;
        this.meaning = meaning;
    }

    public int number() {
        return number;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * Level 4 is statutory social work: only a triage manager may decide it (docs/domain.md, "Level 4 needs a
     * manager").
     */
    public boolean needsManager() {
        return this == ACUTE_SPECIALIST;
    }

    public static Optional<ThresholdLevel> of(int number) {
        return Arrays.stream(values()).filter(level -> level.number == number).findFirst();
    }
}
