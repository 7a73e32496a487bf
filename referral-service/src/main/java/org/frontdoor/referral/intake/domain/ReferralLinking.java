package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a new referral relates to earlier referrals about the same children.
 *
 * <ul>
 *   <li><b>Further contact</b>: a child on it already has a referral awaiting a decision ({@code RECEIVED}). The new
 *       contact is linked to that one ({@link LinkType#FURTHER_CONTACT}); when a child has several, to the oldest, the
 *       one triage's queue item is about. Triage shows and decides both together.</li>
 *   <li><b>Re-referral</b>: a child on it was referred within 12 months before, and that referral was decided (a
 *       referral still awaiting a decision is the same episode: a further contact, not a re-referral). The window is
 *       in calendar months on London dates: the earlier date plus 12 months, clamped to the month's end (29 February
 *       plus 12 months is 28 February), and that day itself counts. The link ({@link LinkType#RE_REFERRAL}) is to the
 *       most recent such referral.</li>
 *   <li>Withdrawn referrals are neither: a referral entered in error or withdrawn by the referrer was not a
 *       referral of the child.</li>
 * </ul>
 * One link per earlier referral and kind, naming the first child the two share.
 */
public final class ReferralLinking {

    private static final int RE_REFERRAL_MONTHS = 12;

    /** An earlier referral naming some of the children (by any id the person index has for them). */
    public record EarlierReferral(String referralId, Instant receivedAt, ReferralStatus status, List<String> childIds) {

        public EarlierReferral {
            childIds = List.copyOf(childIds);
        }
    }

    /** The links of a new referral and whether it is a re-referral. */
    public record Links(List<ReferralLink> links, boolean reReferral) {

        public static final Links NONE = new Links(List.of(), false);

        public Links {
            links = List.copyOf(links);
        }
    }

    /**
     * @param childIds for each child of the new referral, every id it has been known by (its current id first)
     * @param earlier  earlier referrals naming any of these ids, in any order
     */
    public static Links of(List<List<String>> childIds, Instant receivedAt, List<EarlierReferral> earlier) {
        List<ReferralLink> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (List<String> ids : childIds) {
            String childId = ids.get(0);
            List<EarlierReferral> aboutChild = earlier.stream()
                    .filter(referral -> referral.receivedAt().isBefore(receivedAt)
                            || referral.receivedAt().equals(receivedAt))
                    .filter(referral -> referral.childIds().stream().anyMatch(ids::contains))
                    .toList();
            Optional<EarlierReferral> undecided = aboutChild.stream()
                    .filter(referral -> referral.status() == ReferralStatus.RECEIVED)
                    .min(Comparator.comparing(EarlierReferral::receivedAt));
            undecided.ifPresent(referral -> add(links, linked, new ReferralLink(referral.referralId(),
                    LinkType.FURTHER_CONTACT, childId)));
            aboutChild.stream()
                    .filter(referral -> referral.status() == ReferralStatus.DECIDED)
                    .max(Comparator.comparing(EarlierReferral::receivedAt))
                    .filter(referral -> withinReReferralWindow(referral.receivedAt(), receivedAt))
                    .ifPresent(referral -> add(links, linked, new ReferralLink(referral.referralId(),
                            LinkType.RE_REFERRAL, childId)));
        }
        boolean reReferral = links.stream().anyMatch(link -> link.link() == LinkType.RE_REFERRAL);
        return new Links(links, reReferral);
    }

    /** Received on or before the London date 12 calendar months after the earlier referral's (clamped). */
    public static boolean withinReReferralWindow(Instant earlier, Instant later) {
        LocalDate from = earlier.atZone(ReferralRules.LONDON).toLocalDate();
        LocalDate to = later.atZone(ReferralRules.LONDON).toLocalDate();
        return !to.isBefore(from) && !to.isAfter(from.plusMonths(RE_REFERRAL_MONTHS));
    }

    private static void add(List<ReferralLink> links, Set<String> linked, ReferralLink link) {
        if (linked.add(link.referralId() + "|" + link.link())) {
            links.add(link);
        }
    }

    private ReferralLinking() {
    }
}
