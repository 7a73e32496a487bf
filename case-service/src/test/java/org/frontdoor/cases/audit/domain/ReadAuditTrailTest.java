package org.frontdoor.cases.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.junit.jupiter.api.Test;

/** Reading the audit: who may, and that each look is itself recorded. */
class ReadAuditTrailTest {

    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    final List<ReadAudit.Entry> audit = new ArrayList<>();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final Actor admin = Actor.of("admin-1", Role.ADMIN);
    final Actor manager = Actor.of("manager-1", Role.TRIAGE_MANAGER);

    @Test
    void theAuditIsForAdministratorsAndBreakGlassReadsAlsoForTriageManagers() {
        assertThat(ReadAuditTrail.mayReadAudit(Actor.of("a", Role.ADMIN))).isTrue();
        assertThat(ReadAuditTrail.mayReadAudit(Actor.of("m", Role.TRIAGE_MANAGER))).isFalse();
        assertThat(ReadAuditTrail.mayReadBreakGlassReads(Actor.of("m", Role.TRIAGE_MANAGER))).isTrue();
        assertThat(ReadAuditTrail.mayReadBreakGlassReads(Actor.of("a", Role.ADMIN))).isTrue();
        assertThat(ReadAuditTrail.mayReadBreakGlassReads(Actor.of("w", Role.TRIAGE_WORKER))).isFalse();
    }

    @Test
    void readingTheAuditIsItselfAuditedAndOnlyForThoseAllowed() {
        List<AuditQuery> asked = new ArrayList<>();
        ReadAuditTrail trail = new ReadAuditTrail(audit::addAll, query -> {
            asked.add(query);
            return List.of();
        }, clock);

        trail.report(admin, new AuditQuery(null, null, "worker-1", null, false, 0, 50));
        trail.breakGlassReads(manager, 0, 20);

        assertThat(audit).extracting(ReadAudit.Entry::who, ReadAudit.Entry::what).containsExactly(
                tuple("admin-1", "AUDIT_READ"),
                tuple("manager-1", "AUDIT_READ"));
        assertThat(asked).extracting(AuditQuery::breakGlassOnly).containsExactly(false, true);
        assertThatThrownBy(() -> trail.report(manager, new AuditQuery(null, null, null, null, false, 0, 50)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> trail.breakGlassReads(Actor.of("w", Role.TRIAGE_WORKER), 0, 20))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> trail.breakGlassReads(manager, 0, 1000)).isInstanceOf(InvalidAuditQuery.class);
        assertThat(audit).hasSize(2);
    }
}
