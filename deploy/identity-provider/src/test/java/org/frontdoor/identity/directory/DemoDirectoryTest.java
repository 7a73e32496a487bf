package org.frontdoor.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoDirectoryTest {

    @Test
    void everyRoleHasADemoPrincipal() {
        assertThat(DemoDirectory.principals()).extracting(DemoPrincipal::role)
                .containsAll(java.util.List.of(FrontDoorRole.values()));
        assertThat(DemoDirectory.principals()).filteredOn(p -> !p.service()).extracting(DemoPrincipal::role)
                .doesNotHaveDuplicates();
    }

    @Test
    void serviceAccountsAreNotPeopleAndCannotSignIn() {
        assertThat(DemoDirectory.find("triage-service")).get()
                .satisfies(p -> assertThat(p.service()).isTrue())
                .satisfies(p -> assertThat(p.isPerson()).isFalse());
        assertThat(DemoDirectory.people()).extracting(DemoPrincipal::id).doesNotContain("triage-service");
    }

    @Test
    void triageServiceMayOnlyReadReferrerContactDetails() {
        assertThat(DemoDirectory.find("triage-service")).get()
                .extracting(DemoPrincipal::role).isEqualTo(FrontDoorRole.REFERRER_CONTACT_READER);
    }

    @Test
    void onlyServiceAccountsReadReferrerContactDetailsOnTheirOwnAccount() {
        assertThat(DemoDirectory.principals()).filteredOn(p -> p.role() == FrontDoorRole.REFERRER_CONTACT_READER)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.service()).isTrue());
        assertThat(DemoDirectory.people()).extracting(DemoPrincipal::role)
                .doesNotContain(FrontDoorRole.REFERRER_CONTACT_READER);
    }

    @Test
    void principalIdsAreUnique() {
        assertThat(DemoDirectory.principals()).extracting(DemoPrincipal::id).doesNotHaveDuplicates();
    }

    @Test
    void partnerSystemsAreNotPeople() {
        assertThat(DemoDirectory.people()).extracting(DemoPrincipal::role).doesNotContain(FrontDoorRole.PARTNER_SYSTEM);
    }

    @Test
    void aPartnerSystemMustHaveAPartnerId() {
        assertThatThrownBy(() -> new DemoPrincipal("school", FrontDoorRole.PARTNER_SYSTEM, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonMustNotHaveAPartnerId() {
        assertThatThrownBy(() -> new DemoPrincipal("worker", FrontDoorRole.TRIAGE_WORKER, Optional.of("school-x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
