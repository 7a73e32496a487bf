package org.frontdoor.triage.letters.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an outcome letter says, ready to lay out.
 *
 * @param addressLines  the postal address block (name first) for a posted letter; empty for an emailed one
 * @param earlyHelp     a sentence saying early help was offered, or {@code null}
 * @param team          the team or service the referral goes to, or {@code null}
 * @param revisedFrom   for a revised decision, the date of the decision it replaces (else {@code null})
 */
public record LetterContent(
        String frontDoorName,
        LocalDate date,
        String referralReference,
        String addressee,
        List<String> addressLines,
        String levelWording,
        String routeWording,
        String earlyHelp,
        String team,
        String rationale,
        boolean revised) {

    public LetterContent {
        Objects.requireNonNull(frontDoorName, "frontDoorName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(referralReference, "referralReference");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(levelWording, "levelWording");
        Objects.requireNonNull(routeWording, "routeWording");
        Objects.requireNonNull(rationale, "rationale");
        addressLines = List.copyOf(addressLines);
    }
}
