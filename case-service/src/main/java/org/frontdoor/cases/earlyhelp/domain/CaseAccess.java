package org.frontdoor.cases.earlyhelp.domain;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.access.domain.Role;

/**
 * Who may see and change an early help case.
 *
 * <ul>
 *   <li>Triage workers and triage managers see every case. A practitioner sees a case that has no lead professional
 *       yet (so they can take it) and the cases they lead; not cases led by someone else.</li>
 *   <li>Administration is not casework: an administrator sees a case, the case list or a child's case history only
 *       by break glass, with a stated reason ({@link BreakGlass}); without one the answer is 403. The reason counts
 *       only where the actor's other roles give no access of their own.</li>
 *   <li>A triage manager allocates and reallocates any open case. A practitioner may only take an unallocated case
 *       for themselves (or repeat that, e.g. a retried request, on the case they now lead).</li>
 *   <li>The case's lead professional or a triage manager closes it, and reopens it.</li>
 *   <li>The case's lead professional or a triage manager records the work on it: Webstars, family members, themes,
 *       outcome evidence, plan reviews, and a step-up to social care.</li>
 *   <li>A child's case history is for triage (workers and managers), and administrators by break glass.</li>
 *   <li>The list of cases needing attention (drifting, reviews overdue) and the caseloads are for triage managers,
 *       and administrators by break glass; a practitioner's own cases are their case list.</li>
 *   <li>A triage manager reallocates a case led by someone else, with a handover note; a practitioner cannot.</li>
 * </ul>
 *
 * Who may read the audit of reads is the audit's own rule ({@code audit/domain/ReadAuditTrail}).
 */
public final class CaseAccess {

    /** On what ground a read is allowed. */
    public enum ReadGround {
        /** The actor's own work: triage, or a practitioner and their case. */
        CASEWORK,
        /** An administrator's stated reason: audited with it, and shown to managers. */
        BREAK_GLASS,
        /** Not allowed. */
        NONE
    }

    public static boolean mayRead(Actor actor, EarlyHelpCase theCase) {
        return readGround(actor, theCase) != ReadGround.NONE;
    }

    public static ReadGround readGround(Actor actor, EarlyHelpCase theCase) {
        if (isTriage(actor)
                || actor.has(Role.PRACTITIONER) && (!theCase.isAllocated() || theCase.isLedBy(actor.id()))) {
            return ReadGround.CASEWORK;
        }
        return breaksGlass(actor) ? ReadGround.BREAK_GLASS : ReadGround.NONE;
    }

    /** The ground for seeing every case (the whole list), or {@code NONE}: a practitioner sees a filtered list. */
    public static ReadGround everyCaseGround(Actor actor) {
        if (isTriage(actor)) {
            return ReadGround.CASEWORK;
        }
        return breaksGlass(actor) ? ReadGround.BREAK_GLASS : ReadGround.NONE;
    }

    public static boolean seesEveryCase(Actor actor) {
        return everyCaseGround(actor) != ReadGround.NONE;
    }

    /**
     * The ground for the managers' list of cases needing attention (drifting, reviews overdue): a triage manager's
     * casework, or an administrator's break glass; {@code NONE} for everyone else.
     */
    public static ReadGround managersListGround(Actor actor) {
        if (actor.has(Role.TRIAGE_MANAGER)) {
            return ReadGround.CASEWORK;
        }
        return breaksGlass(actor) ? ReadGround.BREAK_GLASS : ReadGround.NONE;
    }

    /** The ground for reading a child's case history (triage's, or break glass), or {@code NONE}. */
    public static ReadGround childHistoryGround(Actor actor) {
        return everyCaseGround(actor);
    }

    public static boolean mayReadChildHistory(Actor actor) {
        return childHistoryGround(actor) != ReadGround.NONE;
    }

    /**
     * An administrator whose roles give no casework access and who stated no reason: refused before anything is
     * looked up, so the answer does not even say whether the record exists.
     */
    public static boolean mustBreakGlassFirst(Actor actor) {
        return needsToBreakGlass(actor) && !isTriage(actor) && !actor.has(Role.PRACTITIONER);
    }

    /** An administrator without a stated reason: a refusal tells them how to break glass. */
    public static boolean needsToBreakGlass(Actor actor) {
        return actor.has(Role.ADMIN) && actor.statedBreakGlassReason().isEmpty();
    }

    public static boolean mayAllocate(Actor actor, EarlyHelpCase theCase, String leadProfessionalId) {
        return actor.has(Role.TRIAGE_MANAGER)
                || actor.has(Role.PRACTITIONER) && actor.id().equals(leadProfessionalId)
                && (!theCase.isAllocated() || theCase.isLedBy(actor.id()));
    }

    public static boolean mayCloseOrReopen(Actor actor, EarlyHelpCase theCase) {
        return actor.has(Role.TRIAGE_MANAGER) || actor.has(Role.PRACTITIONER) && theCase.isLedBy(actor.id());
    }

    public static boolean mayRecordWork(Actor actor, EarlyHelpCase theCase) {
        return actor.has(Role.TRIAGE_MANAGER) || actor.has(Role.PRACTITIONER) && theCase.isLedBy(actor.id());
    }

    private static boolean isTriage(Actor actor) {
        return actor.has(Role.TRIAGE_WORKER) || actor.has(Role.TRIAGE_MANAGER);
    }

    private static boolean breaksGlass(Actor actor) {
        return actor.has(Role.ADMIN) && actor.statedBreakGlassReason().isPresent();
    }

    private CaseAccess() {
    }
}
