package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.BreakGlassRequired;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.frontdoor.cases.earlyhelp.domain.CaseAccess.ReadGround;

/**
 * Reading cases, as {@link CaseAccess} allows; every read is written to the {@link ReadAudit} before it is answered,
 * with the administrator's reason when it was allowed by break glass. A refused read is not recorded as a read.
 */
public final class ReadCases {

    private final CaseStore store;
    private final ReadAudit audit;
    private final Clock clock;
    private final CasesNeedingAttention attention;

    public ReadCases(CaseStore store, ReadAudit audit, Clock clock) {
        this(store, audit, clock, new CasesNeedingAttention(store, ReviewsAndDrift.SHROPSHIRE, clock));
    }

    public ReadCases(CaseStore store, ReadAudit audit, Clock clock, CasesNeedingAttention attention) {
        this.store = Objects.requireNonNull(store);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.attention = Objects.requireNonNull(attention);
    }

    /** The family plan as it stands (or one version of it) with the updates to that version's actions. */
    public record PlanRead(PlanVersion plan, List<ActionUpdate> actionUpdates) {
    }

    /** Today, the London date the attention of a case is judged on. */
    public LocalDate today() {
        return attention.today();
    }

    /** Whether the case, already read, is drifting or has its review overdue today (nothing more is read). */
    public CaseAttention attentionOf(EarlyHelpCase theCase) {
        return attention.of(theCase);
    }

    /**
     * The family plan as it stands; read as {@link #one} (audited as {@code CASE_PLAN}, also when there is none).
     *
     * @throws NotInPlan if the case has no plan
     */
    public PlanRead plan(Actor actor, String caseId) {
        EarlyHelpCase found = readable(actor, caseId);
        audited(actor, ReadAudit.CASE_PLAN, List.of(found), CaseAccess.readGround(actor, found), null);
        return read(found, found.work().currentPlan()
                .orElseThrow(() -> new NotInPlan("The case has no agreed family plan")));
    }

    /**
     * One version of the family plan, as it stood when replaced (or stands, if current); read as {@link #one}
     * (audited as {@code CASE_PLAN}). The version is read as text and checked after the case may be read, so that
     * an administrator without a reason is refused before anything else is said.
     *
     * @throws NotInPlan if the case has no such version
     */
    public PlanRead planVersion(Actor actor, String caseId, String version) {
        EarlyHelpCase found = readable(actor, caseId);
        if (version == null || !version.matches("[1-9][0-9]{0,4}")) {
            throw new InvalidCaseChange("version", "must be a plan version: a whole number from 1");
        }
        audited(actor, ReadAudit.CASE_PLAN, List.of(found), CaseAccess.readGround(actor, found), null);
        int number = Integer.parseInt(version);
        return read(found, found.work().plan(number)
                .orElseThrow(() -> new NotInPlan("The case has no family plan version " + number)));
    }

    private static PlanRead read(EarlyHelpCase found, PlanVersion plan) {
        return new PlanRead(plan, found.work().actionUpdates().stream()
                .filter(u -> u.planVersion() == plan.version()).toList());
    }

    /** Every agreed version of the family plan, oldest first; read as {@link #one} (audited as {@code CASE_PLAN}). */
    public List<PlanVersion> planVersions(Actor actor, String caseId) {
        EarlyHelpCase found = readable(actor, caseId);
        audited(actor, ReadAudit.CASE_PLAN, List.of(found), CaseAccess.readGround(actor, found), null);
        return found.work().plans();
    }

    /**
     * A page of the open cases needing attention (drifting, review overdue), for triage managers, and administrators
     * by break glass; each case listed is audited as {@code CASE_ATTENTION}.
     */
    public List<CaseAttention> needingAttention(Actor actor, CasesNeedingAttention.Filter filter, int page,
                                                int size) {
        refuseAdministrationWithoutReason(actor);
        ReadGround ground = CaseAccess.managersListGround(actor);
        if (ground == ReadGround.NONE) {
            throw new NotPermitted("The cases needing attention are listed for triage managers");
        }
        CaseListing checked = new CaseListing(CaseStatus.OPEN, null, page, size);
        List<CaseAttention> listed = attention.list(filter, checked.page(), checked.size());
        if (!listed.isEmpty()) {
            Instant now = clock.instant();
            audit.record(listed.stream()
                    .map(a -> entry(actor, ReadAudit.CASE_ATTENTION, a.caseId(), null, ground, now)).toList());
        }
        return listed;
    }

    public EarlyHelpCase one(Actor actor, String caseId) {
        EarlyHelpCase found = readable(actor, caseId);
        audited(actor, ReadAudit.CASE_DETAIL, List.of(found), CaseAccess.readGround(actor, found), null);
        return found;
    }

    /** The case's Webstars, in the order recorded; read as {@link #one} (and audited as {@code CASE_WEBSTARS}). */
    public List<WebstarAssessment> webstars(Actor actor, String caseId) {
        EarlyHelpCase found = readable(actor, caseId);
        audited(actor, ReadAudit.CASE_WEBSTARS, List.of(found), CaseAccess.readGround(actor, found), null);
        return found.work().webstars();
    }

    public List<EarlyHelpCase> list(Actor actor, CaseStatus status, int page, int size) {
        return list(actor, status, false, false, page, size);
    }

    /**
     * A page of the case list: every case for triage (and an administrator by break glass), a practitioner's own and
     * the unallocated ones for a practitioner; audited as {@code CASE_LIST}.
     *
     * @param mine            only the cases the caller leads ("my cases")
     * @param unallocatedOnly only the cases without a lead professional, longest waiting first
     */
    public List<EarlyHelpCase> list(Actor actor, CaseStatus status, boolean mine, boolean unallocatedOnly, int page,
                                    int size) {
        refuseAdministrationWithoutReason(actor);
        ReadGround ground = CaseAccess.everyCaseGround(actor);
        String practitionerId = null;
        if (ground == ReadGround.NONE) {
            if (!actor.has(Role.PRACTITIONER)) {
                throw new NotPermitted("Listing early help cases needs a practitioner or triage role, or an "
                        + "administrator's break glass");
            }
            practitionerId = actor.id();
            ground = ReadGround.CASEWORK;
        }
        List<EarlyHelpCase> listed = store.list(new CaseListing(status, practitionerId, page, size,
                mine ? actor.id() : null, unallocatedOnly));
        return audited(actor, ReadAudit.CASE_LIST, listed, ground, null);
    }

    /**
     * Each lead professional's caseload and the unallocated cases, as counts ({@link Caseloads}): for triage
     * managers, and administrators by break glass. No case is named, so the read is recorded once, as
     * {@code CASELOADS} with no case.
     */
    public Caseloads caseloads(Actor actor) {
        refuseAdministrationWithoutReason(actor);
        ReadGround ground = CaseAccess.managersListGround(actor);
        if (ground == ReadGround.NONE) {
            throw new NotPermitted("The caseloads are for triage managers");
        }
        Caseloads caseloads = Caseloads.of(attention.allOpen(), attention.today());
        audit.record(List.of(entry(actor, ReadAudit.CASELOADS, null, null, ground, clock.instant())));
        return caseloads;
    }

    /**
     * A page of one lead professional's open cases, newest first, for triage managers (and administrators by break
     * glass); each case listed audited as {@code CASELOAD}.
     */
    public List<EarlyHelpCase> caseload(Actor actor, String leadProfessionalId, int page, int size) {
        refuseAdministrationWithoutReason(actor);
        if (!LeadProfessional.isProfessionalId(leadProfessionalId)) {
            throw new InvalidCaseChange("leadProfessionalId", LeadProfessional.ID_RULE);
        }
        ReadGround ground = CaseAccess.managersListGround(actor);
        if (ground == ReadGround.NONE) {
            throw new NotPermitted("A lead professional's caseload is for triage managers; a practitioner's own "
                    + "cases are at GET /api/cases?mine=true");
        }
        List<EarlyHelpCase> listed = store.list(new CaseListing(CaseStatus.OPEN, null, page, size,
                leadProfessionalId, false));
        return audited(actor, ReadAudit.CASELOAD, listed, ground, null);
    }

    /**
     * Every lead professional the case has had, with who allocated them and the handover notes; read as
     * {@link #one} (audited as {@code CASE_LEAD_HISTORY}).
     */
    public List<LeadProfessionalSpell> leadProfessionalHistory(Actor actor, String caseId) {
        EarlyHelpCase found = readable(actor, caseId);
        audited(actor, ReadAudit.CASE_LEAD_HISTORY, List.of(found), CaseAccess.readGround(actor, found), null);
        return found.leadProfessionalHistory();
    }

    /**
     * Every case the child is or was in. Reading that a child has no case is a read of the child's record too:
     * an empty history is recorded with the child's id alone.
     */
    public List<EarlyHelpCase> historyOfChild(Actor actor, String childId) {
        refuseAdministrationWithoutReason(actor);
        ReadGround ground = CaseAccess.childHistoryGround(actor);
        if (ground == ReadGround.NONE) {
            throw new NotPermitted("A child's case history is for triage workers and managers");
        }
        List<EarlyHelpCase> history = store.ofChild(childId);
        if (history.isEmpty()) {
            audit.record(List.of(entry(actor, ReadAudit.CHILD_CASE_HISTORY, null, childId, ground, clock.instant())));
        }
        return audited(actor, ReadAudit.CHILD_CASE_HISTORY, history, ground, childId);
    }

    private EarlyHelpCase readable(Actor actor, String caseId) {
        refuseAdministrationWithoutReason(actor);
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayRead(actor, found)) {
            if (CaseAccess.needsToBreakGlass(actor)) {
                throw new BreakGlassRequired();
            }
            throw new NotPermitted("This early help case is led by another practitioner");
        }
        return found;
    }

    private static void refuseAdministrationWithoutReason(Actor actor) {
        if (CaseAccess.mustBreakGlassFirst(actor)) {
            throw new BreakGlassRequired();
        }
    }

    private List<EarlyHelpCase> audited(Actor actor, String what, List<EarlyHelpCase> cases, ReadGround ground,
                                        String childId) {
        if (!cases.isEmpty()) {
            Instant now = clock.instant();
            audit.record(cases.stream().map(c -> entry(actor, what, c.caseId(), childId, ground, now)).toList());
        }
        return cases;
    }

    private static ReadAudit.Entry entry(Actor actor, String what, String caseId, String childId, ReadGround ground,
                                         Instant when) {
        return new ReadAudit.Entry(actor.id(), actor.roles(), what, caseId, childId, when,
                ground == ReadGround.BREAK_GLASS ? actor.breakGlassReason() : null);
    }
}
