package org.frontdoor.referral.intake.domain;

/** The threshold of need (Cheshire East wording). */
public enum ThresholdLevel {
    UNIVERSAL(1),
    ADDITIONAL_NEEDS(2),
    MULTIPLE_AND_COMPLEX_NEEDS(3),
    ACUTE_SPECIALIST(4);

    private final int number;

    ThresholdLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** @throws IllegalArgumentException for anything but 1–4 */
    public static ThresholdLevel of(int number) {
        for (ThresholdLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("Threshold level must be 1 to 4, was " + number);
    }
}
