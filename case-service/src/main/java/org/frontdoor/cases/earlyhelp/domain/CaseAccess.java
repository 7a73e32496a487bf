package org.frontdoor.cases.earlyhelp.domain;

/**
 * Who may see and change an early help case.
 *
 * <ul>
 *   <li>Triage workers, triage managers and administrators see every case. A practitioner sees a case that has no
 *       lead professional yet (so they can take it) and the cases they lead; not cases led by someone else.</li>
 *   <li>A triage manager allocates and reallocates any open case. A practitioner may only take an unallocated case
 *       for themselves (or repeat that, e.g. a retried request, on the case they now lead).</li>
 *   <li>The case's lead professional or a triage manager closes it, and reopens it.</li>
 *   <li>The case's lead professional or a triage manager records the work on it: Webstars, family members, themes,
 *       outcome evidence, plan reviews, and a step-up to social care.</li>
 *   <li>A child's case history is for triage (workers and managers).</li>
 * </ul>
 */
public final class CaseAccess {

    public static boolean mayRead(Actor actor, EarlyHelpCase theCase) {
        return seesEveryCase(actor)
                || actor.has(Role.PRACTITIONER) && (!theCase.isAllocated() || theCase.isLedBy(actor.id()));
    }

    public static boolean seesEveryCase(Actor actor) {
        return actor.has(Role.TRIAGE_WORKER) || actor.has(Role.TRIAGE_MANAGER) || actor.has(Role.ADMIN);
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

    public static boolean mayReadChildHistory(Actor actor) {
        return actor.has(Role.TRIAGE_WORKER) || actor.has(Role.TRIAGE_MANAGER);
    }

    private CaseAccess() {
    }
}
