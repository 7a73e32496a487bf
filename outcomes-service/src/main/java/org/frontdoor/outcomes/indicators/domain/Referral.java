package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the event log says about one referral: the facts of its receipt (after any amendment) and
 * every decision made on it.
 *
 * @param channel    {@code PHONE}, {@code EMAIL}, {@code WEB_FORM}, {@code PARTNER_API}
 * @param sourceCode CIN census referral source, as last amended
 * @param pathway    {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION}, as last amended
 * @param locality   the locality code as last amended, or {@code null}
 * @param childIds   the children named on it, as last amended (each once)
 * @param familyId   the person index family id as last amended, or {@code null} (S1 looks for the family's
 *                   social care referrals by it)
 */
public record Referral(String referralId, Instant receivedAt, Instant needIdentifiedAt, String channel,
                       String sourceCode, String pathway, String locality, List<Decision> decisions,
                       List<String> childIds, String familyId) {

    /** A referral with no family id recorded. */
    public Referral(String referralId, Instant receivedAt, Instant needIdentifiedAt, String channel, String sourceCode,
                    String pathway, String locality, List<Decision> decisions, List<String> childIds) {
        this(referralId, receivedAt, needIdentifiedAt, channel, sourceCode, pathway, locality, decisions, childIds, null);
    }

    public static final String SOCIAL_CARE = "SOCIAL_CARE";
    public static final String UNDECIDED = "UNDECIDED";

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(needIdentifiedAt, "needIdentifiedAt");
        decisions = decisions.stream().sorted(Decision.IN_ORDER_MADE).toList();
        childIds = childIds.stream().distinct().toList();
    }

    /** Earliest received first (then by id, so that two referrals at the same instant have a fixed order). */
    public static final Comparator<Referral> IN_ORDER_RECEIVED =
            Comparator.comparing(Referral::receivedAt).thenComparing(Referral::referralId);

    public boolean names(String childId) {
        return childIds.contains(childId);
    }

    /** The latest route, or {@code UNDECIDED} when no decision has been made. */
    public String latestRoute() {
        return latestDecision().map(Decision::route).orElse(UNDECIDED);
    }

    /** The earliest decision (revisions included): it dates and times the referral. */
    public Optional<Decision> firstDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(0));
    }

    /** The latest decision (revisions included, even one made after a report's period): it gives level and route. */
    public Optional<Decision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    public boolean isFirstDecidedIn(ReportPeriod period) {
        return firstDecision().map(decision -> period.contains(decision.decidedAt())).orElse(false);
    }

    public boolean isReceivedIn(ReportPeriod period) {
        return period.contains(receivedAt);
    }

    public boolean isSocialCare() {
        return SOCIAL_CARE.equals(pathway);
    }

    /** Its latest route is NO_FURTHER_ACTION (with or without early help offered). */
    public boolean isNoFurtherAction() {
        return latestDecision().map(Decision::isNoFurtherAction).orElse(false);
    }

    /**
     * "NFA – Early Help": a SOCIAL_CARE referral whose latest decision has an early help route, or
     * NO_FURTHER_ACTION with early help offered.
     */
    public boolean isNfaEarlyHelp() {
        return isSocialCare() && latestDecision()
                .map(decision -> decision.isEarlyHelpRoute() || (decision.isNoFurtherAction() && decision.earlyHelpOffered()))
                .orElse(false);
    }
}
