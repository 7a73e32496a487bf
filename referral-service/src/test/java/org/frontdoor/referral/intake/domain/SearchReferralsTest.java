package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.PARTNER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.child;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

class SearchReferralsTest {

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final SearchReferrals searchReferrals = new SearchReferrals(referrals, audit::add,
            Clock.fixed(RECEIVED_AT, ZoneOffset.UTC));
    private final Referral amy = ReferralFixtures.receiving(referrals, new InMemoryPersonIndex())
            .receive(ReferralFixtures.withChildren(phoneReferral(),
                    List.of(child("Zoë", "O'Brien", LocalDate.of(2018, 3, 14)))), CONTACT_OFFICER, null).referral();

    @Test
    void namesAreMatchedLikeThePersonIndex() {
        assertThat(searchReferrals.search(null, "obrien", "2018-03-14", 0, 20, CONTACT_OFFICER).referrals())
                .extracting(Referral::referralId).containsExactly(amy.referralId());
        assertThat(searchReferrals.search("ZOE", "O BRIEN", null, 0, 20, CONTACT_OFFICER).referrals()).hasSize(1);
        assertThat(searchReferrals.search("Zoe", "O'Brien", "2018-03-14", 0, 20, CONTACT_OFFICER).referrals()).hasSize(1);
        assertThat(searchReferrals.search("Zoe", "O'Brien", "2018-03-15", 0, 20, CONTACT_OFFICER).referrals()).isEmpty();
    }

    @Test
    void everySearchIsAuditedWithTheKindsOfCriteriaAndTheNumberOfResultsNeverTheValues() {
        searchReferrals.search(null, "O'Brien", "2018-03-14", 0, 20, CONTACT_OFFICER);
        searchReferrals.search("Nobody", "Known", null, 0, 20, CONTACT_OFFICER);

        assertThat(audit).hasSize(2);
        AuditEntry first = audit.get(0);
        assertThat(first.action()).isEqualTo(AuditAction.SEARCH_REFERRALS);
        assertThat(first.who()).isEqualTo("officer-1");
        assertThat(first.roles()).containsExactly("CONTACT_OFFICER");
        assertThat(first.fields()).containsExactly("lastName", "dateOfBirth");
        assertThat(first.results()).isEqualTo(1);
        assertThat(first.when()).isEqualTo(RECEIVED_AT);
        assertThat(first.toString()).doesNotContain("brien", "2018");
        assertThat(audit.get(1).fields()).containsExactly("firstName", "lastName");
        assertThat(audit.get(1).results()).isZero();
    }

    @Test
    void theLastNameAloneIsNotEnough() {
        assertThatThrownBy(() -> searchReferrals.search(null, "OBrien", null, 0, 20, CONTACT_OFFICER))
                .isInstanceOfSatisfying(InvalidSearch.class, invalid -> assertThat(invalid.violations())
                        .extracting(RuleViolation::field).containsExactly("dateOfBirth"));
        assertThatThrownBy(() -> searchReferrals.search("Zoe", null, "2018-03-14", 0, 20, CONTACT_OFFICER))
                .isInstanceOfSatisfying(InvalidSearch.class, invalid -> assertThat(invalid.violations())
                        .extracting(RuleViolation::field).containsExactly("lastName"));
        assertThat(audit).isEmpty();
    }

    @Test
    void malformedCriteriaAndPagesAreRejected() {
        assertThatThrownBy(() -> searchReferrals.search(null, "'-'", "14/03/2018", -1, 51, CONTACT_OFFICER))
                .isInstanceOfSatisfying(InvalidSearch.class, invalid -> assertThat(invalid.violations())
                        .extracting(RuleViolation::field)
                        .contains("lastName", "dateOfBirth", "page", "size"));
    }

    @Test
    void aPartnerSystemMayNotSearch() {
        assertThatThrownBy(() -> searchReferrals.search(null, "OBrien", "2018-03-14", 0, 20, PARTNER))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> searchReferrals.search(null, "OBrien", "2018-03-14", 0, 20,
                new Actor("analyst", EnumSet.of(Role.PERFORMANCE_ANALYST), null))).isInstanceOf(NotPermitted.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void resultsArePagedAtMostFiftyAPage() {
        assertThat(searchReferrals.search(null, "OBrien", "2018-03-14", 0, SearchReferrals.MAX_PAGE_SIZE, CONTACT_OFFICER)
                .size()).isEqualTo(50);
        assertThat(searchReferrals.search(null, "OBrien", "2018-03-14", 1, 20, CONTACT_OFFICER).referrals()).isEmpty();
    }
}
