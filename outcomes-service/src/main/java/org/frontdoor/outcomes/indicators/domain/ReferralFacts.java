package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Folds the referral and triage events of the log into one {@link Referral} per referral.
 *
 * <ul>
 *   <li>An event id counts once, the first occurrence wins; so does a decision id.</li>
 *   <li>{@code receivedAt}, {@code needIdentifiedAt} and {@code channel} come from ReferralReceived (the first one
 *       for a referral); {@code sourceCode}, {@code pathway} and {@code locality} from the latest ReferralAmended
 *       (by {@code amendedAt}) when there is one, and so do the children named.</li>
 *   <li>A referral whose ReferralReceived is not (yet) in the log is left out: it cannot be dated or timed.</li>
 * </ul>
 */
public final class ReferralFacts {

    /** The event types these facts are built from. */
    public static final Set<String> EVENT_TYPES = Set.of(ReferralReceived.TYPE, ReferralAmended.TYPE,
            TriageDecisionMade.TYPE, TriageDecisionRevised.TYPE);

    public static List<Referral> from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Set<String> seenDecisions = new HashSet<>();
        Map<String, ReferralReceived> received = new LinkedHashMap<>();
        Map<String, ReferralAmended> latestAmendment = new LinkedHashMap<>();
        Map<String, List<Decision>> decisions = new LinkedHashMap<>();

        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof ReferralReceived referral) {
                received.putIfAbsent(referral.referralId(), referral);
            } else if (event.payload() instanceof ReferralAmended amendment) {
                latestAmendment.merge(amendment.referralId(), amendment,
                        (earlier, later) -> later.amendedAt().isBefore(earlier.amendedAt()) ? earlier : later);
            } else if (event.payload() instanceof TriageDecisionMade made) {
                if (seenDecisions.add(made.decisionId())) {
                    decisions.computeIfAbsent(made.referralId(), id -> new ArrayList<>())
                            .add(new Decision(made.decisionId(), made.decidedAt(), made.level(), made.route(),
                                    made.earlyHelpOffered(), false));
                }
            } else if (event.payload() instanceof TriageDecisionRevised revised) {
                if (seenDecisions.add(revised.decisionId())) {
                    decisions.computeIfAbsent(revised.referralId(), id -> new ArrayList<>())
                            .add(new Decision(revised.decisionId(), revised.decidedAt(), revised.level(),
                                    revised.route(), revised.earlyHelpOffered(), true));
                }
            }
        }

        List<Referral> referrals = new ArrayList<>(received.size());
        for (ReferralReceived referral : received.values()) {
            ReferralAmended amendment = latestAmendment.get(referral.referralId());
            Instant receivedAt = referral.receivedAt();
            referrals.add(new Referral(referral.referralId(), receivedAt, referral.needIdentifiedAt(),
                    referral.channel(),
                    amendment == null ? referral.sourceCode() : amendment.sourceCode(),
                    amendment == null ? referral.pathway() : amendment.pathway(),
                    amendment == null ? referral.locality() : amendment.locality(),
                    decisions.getOrDefault(referral.referralId(), List.of()),
                    (amendment == null ? referral.children() : amendment.children()).stream()
                            .map(ChildOnReferral::childId).toList(),
                    amendment == null ? referral.familyId() : amendment.familyId()));
        }
        return referrals;
    }

    private ReferralFacts() {
    }
}
