package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The safety net: referrals still undecided (neither decided nor withdrawn) past their {@link DecisionDeadline}. A
 * referral that never reached the triage queue shows up here within a working day, whatever lost it. Managers see the
 * list; the count is a gauge an alert watches. Neither shows a name or any free text.
 */
public final class UndecidedReferrals {

    public static final int MAX_PAGE_SIZE = 200;

    private final OpenReferrals openReferrals;
    private final DecisionDeadline deadline;
    private final Clock clock;

    public UndecidedReferrals(OpenReferrals openReferrals, DecisionDeadline deadline, Clock clock) {
        this.openReferrals = Objects.requireNonNull(openReferrals);
        this.deadline = Objects.requireNonNull(deadline);
        this.clock = Objects.requireNonNull(clock);
    }

    /** One overdue referral, by ids and codes only. @param overdueBy how long since its deadline passed */
    public record Overdue(String referralId, Instant receivedAt, Instant deadline, Duration overdueBy, Pathway pathway,
                          Urgency urgency, String locality, ReferralSource source, Channel channel) {
    }

    /** @param asOf the instant the list was drawn up at */
    public record Page(List<Overdue> referrals, Instant asOf, int page, int size, long total) {
    }

    /** How many referrals are past their deadline undecided, now. */
    public long countOverdue() {
        return openReferrals.countReceivedBefore(deadline.overdueIfReceivedBefore(clock.instant()));
    }

    /**
     * The overdue referrals, oldest first.
     *
     * @throws NotPermitted unless the caller is a triage manager or an administrator
     * @throws InvalidSearch      when the page or size is out of range
     */
    public Page overdue(int page, int size, Actor caller) {
        if (!caller.has(Role.TRIAGE_MANAGER) && !caller.has(Role.ADMIN)) {
            throw new NotPermitted("Only triage managers and administrators see the overdue referrals");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new RuleViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new RuleViolation("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSearch(violations);
        }
        Instant now = clock.instant();
        Instant cutoff = deadline.overdueIfReceivedBefore(now);
        List<Overdue> overdue = openReferrals.receivedBefore(cutoff, page, size).stream()
                .filter(referral -> referral.status() == ReferralStatus.RECEIVED)
                .filter(referral -> deadline.isPast(referral.receivedAt(), now))
                .map(referral -> overdue(referral, now))
                .toList();
        return new Page(overdue, now, page, size, openReferrals.countReceivedBefore(cutoff));
    }

    private Overdue overdue(Referral referral, Instant now) {
        Instant due = deadline.of(referral.receivedAt());
        return new Overdue(referral.referralId(), referral.receivedAt(), due, Duration.between(due, now),
                referral.pathway(), referral.urgency(), referral.locality(), referral.source(), referral.channel());
    }
}
