package org.frontdoor.demodata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from the settings, so a second run with the same settings names everything the same: a name-based UUID
 * of {@code demo:<seed>:<lastDay>:<contactsPerYear>x<years>:<kind>:<number>}. Different settings (another seed, or
 * the same seed a day later) give ids of their own, so two different histories are never taken for duplicates of
 * each other by an idempotent consumer.
 */
final class DemoIds {

    private final String namespace;

    DemoIds(DemoDataSettings settings) {
        this.namespace = "demo:" + settings.seed() + ":" + settings.lastDay() + ":" + settings.contactsPerYear() + "x"
                + settings.years() + ":";
    }

    String next(String kind, long number) {
        return UUID.nameUUIDFromBytes((namespace + kind + ":" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** case-service's id of the case a referral's targeted early help decision opens (EarlyHelpCase.idForReferral). */
    static String caseIdForReferral(String referralId) {
        return UUID.nameUUIDFromBytes(("case:" + referralId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
