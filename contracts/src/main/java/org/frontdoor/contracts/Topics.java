package org.frontdoor.contracts;

/** Kafka topic names. Each is keyed by its aggregate id; retention is unlimited. */
public final class Topics {

    public static final String REFERRALS = "frontdoor.referrals.v1";
    public static final String TRIAGE = "frontdoor.triage.v1";
    public static final String CONSULTATIONS = "frontdoor.consultations.v1";
    public static final String CASES = "earlyhelp.cases.v1";

    /** Suffix of the dead-letter topic a consumer sends a record it cannot process to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final java.util.List<String> ALL = java.util.List.of(REFERRALS, TRIAGE, CONSULTATIONS, CASES);

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
