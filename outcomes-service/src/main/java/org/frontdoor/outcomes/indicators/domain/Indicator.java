package org.frontdoor.outcomes.indicators.domain;

/**
 * The indicators this service reports, with the names the seeds use, the unit of their value and the definition as
 * implemented (docs/indicators.md is the exact rule). An id ending in a dot names a family of results
 * ({@code W1.area.happy}, {@code F2.safeguarding}): one per area or group of the configured tool.
 */
public enum Indicator {

    V1_CONTACTS("V1.contacts", "Volumes: contacts received", Unit.COUNT,
            "Referrals received in the period (London date of receivedAt), one per referral, by channel, source, "
                    + "pathway and locality (as last amended)."),
    V1_DECISIONS("V1.decisions", "Volumes: referrals first decided, by latest level and route", Unit.COUNT,
            "Referrals whose first decision is in the period, by the level and route of their latest decision "
                    + "(first decision for the period, latest for level and route)."),
    A1("A1", "% referrals with outcome NFA", Unit.PERCENT,
            "Referrals first-decided in the period whose latest route is NO_FURTHER_ACTION ÷ referrals first-decided "
                    + "in the period (first decision for the period, latest for route)."),
    A1_SOCIAL_CARE("A1.social_care", "% social care pathway referrals with outcome NFA", Unit.PERCENT,
            "As A1, for SOCIAL_CARE pathway referrals only (first decision for the period, latest for route)."),
    A1_NFA_EARLY_HELP("A1.nfa_early_help", "% social care pathway referrals with outcome NFA – Early Help", Unit.PERCENT,
            "SOCIAL_CARE referrals first-decided in the period whose latest route is EARLY_HELP_SINGLE_AGENCY, "
                    + "EARLY_HELP_TARGETED, or NO_FURTHER_ACTION with early help offered ÷ SOCIAL_CARE referrals "
                    + "first-decided in the period (first decision for the period, latest for route)."),
    T1("T1", "Timeliness: unassessed need to triage decision; % decided within 1 working day of receipt", Unit.PERCENT,
            "Referrals first-decided in the period: needIdentifiedAt → first decidedAt as n, median and p90 "
                    + "(nearest rank) in hours and working days; value = % decided before the end of the first working "
                    + "day after the London date of receivedAt (the first decision counts for timeliness)."),
    T2("T2", "Timeliness: unassessed need to allocation to service (median hours)", Unit.HOURS,
            "Cases with a source referral whose first LeadProfessionalAllocated is in the period: the referral's "
                    + "needIdentifiedAt → allocatedAt; numerator = denominator = n; value = median hours (nearest rank)."),
    T3("T3", "Timeliness: targeted early help referral to allocation (median hours)", Unit.HOURS,
            "The T2 cohort whose source referral's latest route is EARLY_HELP_TARGETED: receivedAt → allocatedAt; "
                    + "value = median hours (latest decision for the route)."),
    T4_BOOKED("T4.booked", "Timeliness: consultation requested to booked (median hours)", Unit.HOURS,
            "Consultations requested in the period: numerator = booked, denominator = requested; value = median hours "
                    + "requestedAt → first bookedAt over those booked."),
    T4_HELD("T4.held", "Timeliness: consultation requested to held (median hours)", Unit.HOURS,
            "Consultations requested in the period: numerator = held, denominator = requested; value = median hours "
                    + "requestedAt → heldAt over those held."),
    A2("A2", "% referrals to CAMHS after a primary mental health worker consultation", Unit.PERCENT,
            "Consultations with outcome REFER_TO_CAMHS held in the period whose child had a PRIMARY_MENTAL_HEALTH_WORKER "
                    + "consultation held at or before it ÷ all of them; one with no child is not appropriate."),
    E1_SC_REFERRAL("E1.sc_referral", "Closed early help: social care referral within 3 months", Unit.PERCENT,
            "Children of cases closed in the period (earliest closure in the period) whose closure date + 3 months is "
                    + "before asOf: % with a SOCIAL_CARE referral naming them received after closedAt up to and "
                    + "including the London date 3 months later."),
    E1_NO_SC_REFERRAL("E1.no_sc_referral", "Closed early help: no social care referral within 3 months", Unit.PERCENT,
            "The E1 cohort: % with no SOCIAL_CARE referral in the 3-month window."),
    E1_FURTHER_EARLY_HELP("E1.further_early_help", "Closed early help: further early help within 3 months", Unit.PERCENT,
            "The E1 cohort: % with a case containing them opened or reopened in the 3-month window (the closed case's "
                    + "own reopening counts)."),
    E1_NO_FURTHER_EARLY_HELP("E1.no_further_early_help", "Closed early help: no further early help within 3 months",
            Unit.PERCENT, "The E1 cohort: % with no case opened or reopened in the 3-month window."),
    E2("E2", "% children open to early help referred to social care", Unit.PERCENT,
            "Children in an open case when a SOCIAL_CARE referral naming them was received in the period ÷ children "
                    + "in a case open at any time in the period; by_route = latest route of each child's first such "
                    + "referral."),
    E3("E3", "% children starting a social work assessment with no early help in the previous 12 months", Unit.PERCENT,
            "Children on a referral first-decided in the period with latest route SOCIAL_WORK_ASSESSMENT (first such "
                    + "referral per child) with no case containing them open in [receivedAt date − 12 months, "
                    + "receivedAt) ÷ those children (first decision for the period, latest for route)."),
    E4("E4", "% social care closures stepped down to early help (RC9 or step-down within 28 days)", Unit.PERCENT,
            "SocialCareEpisodeClosed with closure date in the period and closure date + 28 days before asOf: those "
                    + "with RC9 or a StepDownReceived for the child 0–28 days after the closure date ÷ all of them."),
    E5("E5", "% children re-referred to social care within 12 months of NFA – Early Help", Unit.PERCENT,
            "Children with a SOCIAL_CARE referral received in the period whose immediately previous SOCIAL_CARE referral "
                    + "is within 12 months and NFA – Early Help (on its latest decision) ÷ children with a SOCIAL_CARE "
                    + "referral received in the period."),
    E6("E6", "CIN re-referral rate: referrals within 12 months of a previous social care referral", Unit.PERCENT,
            "(SOCIAL_CARE referral received in the period × child) pairs where the child has an earlier SOCIAL_CARE "
                    + "referral within 12 months (exactly 12 months counts) ÷ all pairs."),
    E7("E7", "% open early help cases with a plan review in the last 12 weeks", Unit.PERCENT,
            "Early help cases open at the period's end (its last instant; opened on or before the last day and not "
                    + "closed by it, reopenings included): those with a PlanReviewed whose London date is within the "
                    + "84 days [end date − 83 days, end date] ÷ all of them."),
    E8("E8", "% open early help cases drifting at the period's end", Unit.PERCENT,
            "Early help cases open at the period's end: those open longer than the configured period (default 12 "
                    + "months; opened on London date D, drifting on dates after D + 12 months, counted from the first "
                    + "opening) or with at least the configured number of reviews (default 3; the highest reviewNumber "
                    + "dated on or before the end date, counting on across reopenings) ÷ all of them."),
    W1("W1", "% children improved overall on the Individual Webstar", Unit.PERCENT,
            "Children with a CLOSURE Individual Webstar in the period (final = latest): improved when the final's sum "
                    + "exceeds the first's (earliest star before the final, any case) over the areas scored in both; "
                    + "children with no first or no area in common are excluded."),
    W2("W2", "% parents improved overall on the Individual Webstar", Unit.PERCENT,
            "As W1, for parents."),
    W1_AREA("W1.area.", "% children improved on one Individual Webstar area", Unit.PERCENT,
            "As W1, over one area; children without that area in both stars are excluded."),
    W2_AREA("W2.area.", "% parents improved on one Individual Webstar area", Unit.PERCENT,
            "As W2, over one area; parents without that area in both stars are excluded."),
    W3("W3", "% children feeling happy at closure", Unit.PERCENT,
            "Children with a CLOSURE Individual Webstar in the period: final 'happy' score ≥ the positive score (5) ÷ "
                    + "those whose final scores 'happy' (no baseline needed)."),
    W4("W4", "% children feeling healthy at closure", Unit.PERCENT,
            "As W3, for the area 'healthy'."),
    W5("W5", "% children feeling safe at closure", Unit.PERCENT,
            "As W3, for the area 'safe'."),
    W3_PARENT("W3.parent", "% parents feeling happy at closure", Unit.PERCENT, "As W3, for parents."),
    W4_PARENT("W4.parent", "% parents feeling healthy at closure", Unit.PERCENT, "As W4, for parents."),
    W5_PARENT("W5.parent", "% parents feeling safe at closure", Unit.PERCENT, "As W5, for parents."),
    F1("F1", "% families improved overall on the Family Webstar", Unit.PERCENT,
            "As W1, for role FAMILY (personId = familyId) over the Family Webstar's 10 areas."),
    F2_GROUP("F2.", "% families improved in a group of Family Webstar areas", Unit.PERCENT,
            "As F1, over the group's areas scored in both stars (configured grouping; default in docs/codes.md); "
                    + "a family with none of them in both is excluded."),
    S1_ELIGIBLE("S1.eligible", "Family programme: families eligible (enough themes)", Unit.PERCENT,
            "Families with themes identified in the period (configured framework): those with at least min_themes "
                    + "distinct themes identified before 'to' ÷ all of them."),
    S1_CLAIMABLE("S1.claimable", "Family programme: eligible families claimable for payment by results", Unit.PERCENT,
            "Eligible families whose every theme has evidence sustained for its window (sustainedFrom + window <= "
                    + "evidencedAt; window = windowWeeks, else 26 weeks for work/finances, else 6 months) and no "
                    + "SOCIAL_CARE referral of the family received on or after the earliest sustainedFrom used ÷ eligible "
                    + "families."),
    L1_FULLY_ACHIEVED("L1.fully_achieved", "Effectiveness judged at closure: fully achieved", Unit.PERCENT,
            "Closures in the period judged FULLY_ACHIEVED ÷ closures in the period that carry a judgement."),
    L1_PARTIALLY_ACHIEVED("L1.partially_achieved", "Effectiveness judged at closure: partially achieved", Unit.PERCENT,
            "Closures in the period judged PARTIALLY_ACHIEVED ÷ closures in the period that carry a judgement."),
    L1_NOT_ACHIEVED("L1.not_achieved", "Effectiveness judged at closure: not achieved", Unit.PERCENT,
            "Closures in the period judged NOT_ACHIEVED ÷ closures in the period that carry a judgement."),
    L1_FULLY_OR_PARTIALLY("L1.fully_or_partially", "Effectiveness judged at closure: fully or partially achieved",
            Unit.PERCENT, "Closures in the period judged FULLY_ or PARTIALLY_ACHIEVED ÷ closures that carry a judgement.");

    /** COUNT: numerator = denominator = value; PERCENT: value = numerator × 100 ÷ denominator; HOURS: value = median hours. */
    public enum Unit { COUNT, PERCENT, HOURS }

    private final String id;
    private final String title;
    private final Unit unit;
    private final String definition;

    Indicator(String id, String title, Unit unit, String definition) {
        this.id = id;
        this.title = title;
        this.unit = unit;
        this.definition = definition;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Unit unit() {
        return unit;
    }

    /** The definition as implemented, for a reader checking the figure by hand. */
    public String definition() {
        return definition;
    }

    /** This indicator names a family of results, one per area or group ({@code W1.area.}, {@code F2.}). */
    public boolean isFamily() {
        return id.endsWith(".");
    }

    /** The indicator of a result id: an exact id, or the family whose prefix it starts with. */
    public static Indicator byId(String id) {
        for (Indicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return indicator;
            }
        }
        for (Indicator indicator : values()) {
            if (indicator.isFamily() && id.startsWith(indicator.id) && id.length() > indicator.id.length()) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("Unknown indicator " + id);
    }
}
