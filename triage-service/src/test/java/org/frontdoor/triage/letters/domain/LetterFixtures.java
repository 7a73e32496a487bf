package org.frontdoor.triage.letters.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.authority.domain.Team;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;

/** Decisions, referrers and an authority for letter tests. */
public final class LetterFixtures {

    public static final String RATIONALE = "School reports falling attendance; mother asked for help with routines."
            + "\nEnHance can offer a family worker within two weeks.";

    private LetterFixtures() {
    }

    public static AuthorityProfile compass() {
        Map<ThresholdLevel, String> wording = new EnumMap<>(ThresholdLevel.class);
        wording.put(ThresholdLevel.UNIVERSAL, "universal: needs met by universal services");
        wording.put(ThresholdLevel.ADDITIONAL_NEEDS, "additional needs: early help from a single agency");
        wording.put(ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS, "complex needs: targeted early help");
        wording.put(ThresholdLevel.ACUTE_SPECIALIST, "acute / specialist: children's social care");
        List<Team> teams = List.of(
                new Team("ENHANCE", "EnHance", EnumSet.of(Route.EARLY_HELP_TARGETED)),
                new Team("FIS", "Family Information Service", EnumSet.of(Route.ADVICE_AND_SIGNPOSTING)),
                new Team("EHSW", "Early Help Social Workers", EnumSet.of(Route.CONSULTATION)),
                new Team("REFERRING_AGENCY", "The referring agency", EnumSet.of(Route.EARLY_HELP_SINGLE_AGENCY)),
                new Team("ATN", "Assessment Team North",
                        EnumSet.of(Route.SOCIAL_WORK_ASSESSMENT, Route.STRATEGY_DISCUSSION)));
        return new AuthorityProfile("shropshire", "Shropshire Council", "Compass", wording, teams);
    }

    /** A level-3 targeted early help decision to EnHance, made on 14 March 2026 at 23:30 London time (GMT). */
    public static DecisionFacts targetedEarlyHelp(String referralId) {
        return new DecisionFacts("dec-" + referralId, referralId,
                Instant.parse("2026-03-14T23:30:00Z"), ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS,
                Route.EARLY_HELP_TARGETED, false, "ENHANCE", null);
    }

    /** Revised on 1 July 2026 at 23:30 UTC, which is already 2 July in London (BST). */
    public static DecisionFacts revisedToNoFurtherAction(String referralId) {
        return new DecisionFacts("dec2-" + referralId, referralId,
                Instant.parse("2026-07-01T23:30:00Z").atOffset(ZoneOffset.UTC).toInstant(), ThresholdLevel.UNIVERSAL,
                Route.NO_FURTHER_ACTION, true, null, "dec-" + referralId);
    }

    public static Referrer professionalByEmail() {
        return new Referrer("PROFESSIONAL", "Sam Teacher", "Oakmeadow Primary School", "sam.teacher@school.example",
                new PostalAddress(List.of("Oakmeadow Primary School", "1 School Lane", "Shrewsbury"), "SY1 1AA"));
    }

    public static Referrer familyMemberByPost() {
        return new Referrer("FAMILY_MEMBER", "Pat Grandparent", null, null,
                new PostalAddress(List.of("2 Church Street", "Ludlow"), "SY8 1AA"));
    }

    public static Referrer publicWithNoContact() {
        return new Referrer("PUBLIC", "A neighbour", null, " ", null);
    }

    public static Referrer anonymous() {
        return new Referrer("ANONYMOUS", null, null, null, null);
    }
}
