package org.frontdoor.triage.letters.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.authority.domain.Team;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;

/**
 * The words of an outcome letter: the front door's name, the threshold level in the authority's wording, the
 * route in plain English and the team or service by the name the authority gives it, for a referrer who may not
 * know the framework's codes.
 */
public final class OutcomeLetterWording {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private OutcomeLetterWording() {
    }

    /**
     * The letter for {@code decision}, dated the (London) day it was made.
     *
     * @param forPost whether the letter is posted: it then carries the referrer's address block
     */
    public static LetterContent contentFor(AuthorityProfile authority, DecisionFacts decision, Referrer referrer,
                                           String rationale, boolean forPost) {
        List<String> address = new ArrayList<>();
        if (forPost) {
            address.add(referrer.addressee());
            if (referrer.name() != null && !referrer.name().isBlank() && referrer.organisation() != null
                    && !referrer.organisation().isBlank()) {
                address.add(referrer.organisation().strip());
            }
            address.addAll(referrer.postalAddress().lines());
            address.add(referrer.postalAddress().postcode());
        }
        LocalDate date = LocalDate.ofInstant(decision.decidedAt(), LONDON);
        return new LetterContent(authority.frontDoorName(), date, decision.referralId(), referrer.addressee(), address,
                level(authority, decision.level()), route(decision.route()),
                decision.earlyHelpOffered() ? "Early help has been offered to the family." : null,
                team(authority, decision.team()), rationale, decision.isRevision());
    }

    /** "Level 3: ..." in the authority's wording (the framework's own if the authority has none). */
    public static String level(AuthorityProfile authority, ThresholdLevel level) {
        String wording = authority.wording(level);
        String meaning = wording == null || wording.isBlank() ? level.meaning() : wording.strip();
        return "Level " + level.number() + ": " + Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
    }

    /** The team's name as the authority gives it; a code the configuration no longer knows is shown as it is. */
    static String team(AuthorityProfile authority, String teamCode) {
        if (teamCode == null || teamCode.isBlank()) {
            return null;
        }
        return authority.team(teamCode).map(Team::name).orElse(teamCode.strip());
    }

    public static String route(Route route) {
        return switch (route) {
            case NO_FURTHER_ACTION -> "No further action is needed from children's services.";
            case ADVICE_AND_SIGNPOSTING -> "Advice and signposting: the family is given information about universal"
                    + " services that can help, such as the Family Information Service.";
            case CONSULTATION -> "A professional consultation with an early help social worker, a primary mental"
                    + " health worker or a targeted youth support worker.";
            case EARLY_HELP_SINGLE_AGENCY -> "Early help from a single agency: the referring or universal agency"
                    + " leads the support, using early help tools.";
            case EARLY_HELP_TARGETED -> "Targeted early help: the referral goes to a targeted early help service,"
                    + " which opens an early help case with the family.";
            case SOCIAL_WORK_ASSESSMENT -> "A social work assessment of the child's needs (child in need, section 17"
                    + " of the Children Act 1989).";
            case STRATEGY_DISCUSSION -> "A strategy discussion because of concern that a child may be at risk of"
                    + " significant harm (section 47 of the Children Act 1989).";
        };
    }
}
