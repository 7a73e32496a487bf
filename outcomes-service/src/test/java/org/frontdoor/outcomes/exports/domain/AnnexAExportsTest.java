package org.frontdoor.outcomes.exports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.outcomes.audit.domain.Actor;
import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.outcomes.exports.api.CsvExportConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnexAExportsTest {

    private static final ExportPeriod PERIOD = new ExportPeriod(AnnexACohort.FROM, AnnexACohort.TO);
    private static final Actor ANALYST = new Actor("analyst-1", List.of("PERFORMANCE_ANALYST"));

    private final AnnexACohort.RecordingAudit audit = new AnnexACohort.RecordingAudit();
    private final AnnexAExports exports = new AnnexAExports(AnnexACohort.eventLog(AnnexACohort.events()),
            new ExportAuditor(audit, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)));

    @ParameterizedTest
    @EnumSource(AnnexAList.class)
    void eachListMatchesItsGoldenFileHeadersAndRows(AnnexAList list) throws IOException {
        ExportTable table = exports.export(list, PERIOD, ANALYST);

        assertThat(CsvExportConverter.csv(table)).isEqualTo(golden("annex-a-" + list.path() + ".csv"));
    }

    @Test
    void theColumnsAreOfstedsInTheirPublishedOrder() {
        assertThat(AnnexAList.CONTACTS.columns()).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                "Date of Birth", "Age of Child (Years)", "Date of Contact", "Contact Source");
        assertThat(AnnexAList.EARLY_HELP_ASSESSMENTS.columns()).containsExactly("Child Unique ID", "Gender",
                "Ethnicity", "Date of Birth", "Age of Child (Years)", "Assessment start date",
                "Assessment completion date", "Organisation completing assessment");
        assertThat(AnnexAList.REFERRALS.columns()).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                "Date of Birth", "Age of Child (Years)", "Date of referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");
    }

    @Test
    void everyExportIsAuditedWithWhoWhichListThePeriodAndTheRowCount() {
        exports.export(AnnexAList.REFERRALS, PERIOD, ANALYST);

        assertThat(audit.records).hasSize(1);
        ExportRecord record = audit.records.get(0);
        assertThat(record.subject()).isEqualTo("analyst-1");
        assertThat(record.roles()).containsExactly("PERFORMANCE_ANALYST");
        assertThat(record.export()).isEqualTo("ANNEX_A_LIST_3");
        assertThat(record.from()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(record.to()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(record.rows()).isEqualTo(3);
        assertThat(record.exportedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void anEventDeliveredTwiceGivesOneRowPerChild() {
        List<LoggedEvent> twice = new ArrayList<>(AnnexACohort.events());
        twice.addAll(AnnexACohort.events().stream().filter(event -> event.subject().equals("r3")).toList());

        ExportTable table = AnnexAExports.table(AnnexAList.CONTACTS, AnnexAFacts.from(twice), PERIOD);

        assertThat(table.rows()).filteredOn(row -> row.get(5).equals("30/06/2026")).hasSize(1);
    }

    @Test
    void aReferralEnteredInErrorIsNoContactAndNoEarlierReferral() {
        ExportTable contacts = AnnexAExports.table(AnnexAList.CONTACTS, AnnexAFacts.from(AnnexACohort.events()), PERIOD);

        assertThat(contacts.rows()).noneMatch(row -> row.get(5).equals("01/05/2026"));
    }

    @Test
    void aRevisedDecisionGivesTheNfaAnswerAndTheTeamOfTheLatestDecision() {
        ExportTable referrals = AnnexAExports.table(AnnexAList.REFERRALS,
                AnnexAFacts.from(List.of(
                        AnnexACohort.logged(AnnexACohort.received("x1", "2026-05-01T10:00:00Z", "6", "SOCIAL_CARE",
                                AnnexACohort.CHILD_A)),
                        AnnexACohort.logged(AnnexACohort.decided("x1", "dx1", "2026-05-01T12:00:00Z",
                                "SOCIAL_WORK_ASSESSMENT", "TEAM-1", "child-A")),
                        AnnexACohort.logged(AnnexACohort.revised("x1", "dx2", "dx1", "2026-05-03T12:00:00Z",
                                "NO_FURTHER_ACTION", null, "child-A")))),
                PERIOD);

        assertThat(referrals.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(7)).isEqualTo("a) Yes");
            assertThat(row.get(9)).isEmpty();
        });
    }

    @Test
    void anUndecidedReferralIsNotNfaAndHasNoTeam() {
        ExportTable referrals = AnnexAExports.table(AnnexAList.REFERRALS,
                AnnexAFacts.from(List.of(AnnexACohort.logged(AnnexACohort.received("x1", "2026-05-01T10:00:00Z", "6",
                        "SOCIAL_CARE", AnnexACohort.CHILD_A)))),
                PERIOD);

        assertThat(referrals.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(7)).isEqualTo("b) No");
            assertThat(row.get(8)).isEqualTo("1");
            assertThat(row.get(9)).isEmpty();
            assertThat(row.get(10)).isEmpty();
        });
    }

    @Test
    void anEmptyPeriodIsTheHeaderRowAlone() {
        ExportTable table = exports.export(AnnexAList.CONTACTS,
                new ExportPeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01")), ANALYST);

        assertThat(CsvExportConverter.csv(table)).isEqualTo(String.join(",", AnnexAList.CONTACTS.columns()) + "\r\n");
        assertThat(audit.records).singleElement().extracting(ExportRecord::rows).isEqualTo(0);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AnnexAExportsTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
