package org.frontdoor.cases.reminders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.junit.jupiter.api.Test;

/** Who may record a lead professional's work email, and what counts as one; nothing is stored when refused. */
class WorkEmailsTest {

    final Map<String, String> stored = new HashMap<>();
    final WorkEmails emails = new WorkEmails(new LeadProfessionalContacts() {
        @Override
        public Optional<String> emailOf(String leadProfessionalId) {
            return Optional.ofNullable(stored.get(leadProfessionalId));
        }

        @Override
        public void record(String leadProfessionalId, String email, String recordedBy, Instant recordedAt) {
            stored.put(leadProfessionalId, email);
        }
    }, Clock.fixed(Instant.parse("2026-05-19T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aLeadProfessionalRecordsTheirOwnAndATriageManagerAnyones() {
        assertThat(emails.record(Actor.of("lp-1", Role.PRACTITIONER), "lp-1", " Sam.Lead@Council.GOV.uk "))
                .isEqualTo("Sam.Lead@council.gov.uk");
        emails.record(Actor.of("manager-1", Role.TRIAGE_MANAGER), "lp-2", "lead2@council.gov.uk");

        assertThat(stored).containsEntry("lp-1", "Sam.Lead@council.gov.uk").containsEntry("lp-2", "lead2@council.gov.uk");
    }

    @Test
    void aPractitionerCannotRecordSomeoneElses() {
        assertThatThrownBy(() -> emails.record(Actor.of("lp-1", Role.PRACTITIONER), "lp-2", "me@council.gov.uk"))
                .isInstanceOf(NotPermitted.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void anInvalidAddressOrIdIsRefusedAndNothingStored() {
        Actor manager = Actor.of("manager-1", Role.TRIAGE_MANAGER);
        for (String bad : new String[] {"", "no-at-sign", "two@@council.gov.uk", "a b@council.gov.uk",
                "lead@localhost", "lead@council..gov.uk", ".lead@council.gov.uk", "lead.@council.gov.uk",
                "lead\t@council.gov.uk", "x".repeat(250) + "@c.uk"}) {
            assertThatThrownBy(() -> emails.record(manager, "lp-1", bad)).as(bad)
                    .isInstanceOf(InvalidCaseChange.class);
        }
        assertThatThrownBy(() -> emails.record(manager, "Sam Lead", "lead@council.gov.uk"))
                .isInstanceOf(InvalidCaseChange.class);
        assertThat(stored).isEmpty();
    }
}
