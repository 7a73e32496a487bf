package org.frontdoor.outcomes.indicators.domain;

/** The indicators this service reports, with the names the seeds use and the unit of their value. */
public enum Indicator {

    V1_CONTACTS("V1.contacts", "Volumes: contacts received", Unit.COUNT),
    V1_DECISIONS("V1.decisions", "Volumes: referrals first decided, by latest level and route", Unit.COUNT),
    A1("A1", "% referrals with outcome NFA", Unit.PERCENT),
    A1_SOCIAL_CARE("A1.social_care", "% social care pathway referrals with outcome NFA", Unit.PERCENT),
    A1_NFA_EARLY_HELP("A1.nfa_early_help", "% social care pathway referrals with outcome NFA – Early Help", Unit.PERCENT),
    T1("T1", "Timeliness: unassessed need to triage decision; % decided within 1 working day of receipt", Unit.PERCENT),
    T2("T2", "Timeliness: unassessed need to allocation to service (median hours)", Unit.HOURS),
    T3("T3", "Timeliness: targeted early help referral to allocation (median hours)", Unit.HOURS),
    T4_BOOKED("T4.booked", "Timeliness: consultation requested to booked (median hours)", Unit.HOURS),
    T4_HELD("T4.held", "Timeliness: consultation requested to held (median hours)", Unit.HOURS),
    A2("A2", "% referrals to CAMHS after a primary mental health worker consultation", Unit.PERCENT),
    E1_SC_REFERRAL("E1.sc_referral", "Closed early help: social care referral within 3 months", Unit.PERCENT),
    E1_NO_SC_REFERRAL("E1.no_sc_referral", "Closed early help: no social care referral within 3 months", Unit.PERCENT),
    E1_FURTHER_EARLY_HELP("E1.further_early_help", "Closed early help: further early help within 3 months",
            Unit.PERCENT),
    E1_NO_FURTHER_EARLY_HELP("E1.no_further_early_help", "Closed early help: no further early help within 3 months",
            Unit.PERCENT),
    E2("E2", "% children open to early help referred to social care", Unit.PERCENT),
    E3("E3", "% children starting a social work assessment with no early help in the previous 12 months",
            Unit.PERCENT),
    E4("E4", "% social care closures stepped down to early help (RC9 or step-down within 28 days)", Unit.PERCENT),
    E5("E5", "% children re-referred to social care within 12 months of NFA – Early Help", Unit.PERCENT),
    E6("E6", "CIN re-referral rate: referrals within 12 months of a previous social care referral", Unit.PERCENT),
    L1_FULLY_ACHIEVED("L1.fully_achieved", "Effectiveness judged at closure: fully achieved", Unit.PERCENT),
    L1_PARTIALLY_ACHIEVED("L1.partially_achieved", "Effectiveness judged at closure: partially achieved", Unit.PERCENT),
    L1_NOT_ACHIEVED("L1.not_achieved", "Effectiveness judged at closure: not achieved", Unit.PERCENT),
    L1_FULLY_OR_PARTIALLY("L1.fully_or_partially", "Effectiveness judged at closure: fully or partially achieved",
            Unit.PERCENT);

    /** COUNT: numerator = denominator = value; PERCENT: value = numerator × 100 ÷ denominator; HOURS: value = median hours. */
    public enum Unit { COUNT, PERCENT, HOURS }

    private final String id;
    private final String title;
    private final Unit unit;

    Indicator(String id, String title, Unit unit) {
        this.id = id;
        this.title = title;
        this.unit = unit;
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

    public static Indicator byId(String id) {
        for (Indicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("Unknown indicator " + id);
    }
}
