package org.frontdoor.outcomes.scorecard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.frontdoor.outcomes.audit.domain.Actor;
import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.outcomes.exports.api.CsvExportConverter;
import org.frontdoor.outcomes.exports.domain.AnnexACohort;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private static final ReportFilter NORTH = new ReportFilter("NORTH", null, null);

    private final IndicatorReport report = mock(IndicatorReport.class);
    private final AnnexACohort.RecordingAudit audit = new AnnexACohort.RecordingAudit();
    private final Scorecard scorecard = new Scorecard(report,
            new ExportAuditor(audit, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)));

    @BeforeEach
    void twoQuarters() {
        when(report.of(new ReportPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01"), AS_OF), NORTH))
                .thenReturn(List.of(
                        new IndicatorResult("A1", 2, 8, new BigDecimal("25.0"), Map.of()),
                        new IndicatorResult("V1.contacts", 40, 40, new BigDecimal("40"), Map.of("by_channel", Map.of())),
                        new IndicatorResult("T2", 3, 3, new BigDecimal("50.25"), Map.of()),
                        new IndicatorResult("E1.sc_referral", 0, 0, null, Map.of(),
                                "cohort limited to closures whose 3-month window has passed by 2026-11-23")));
        when(report.of(new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-01"), AS_OF), NORTH))
                .thenReturn(List.of(
                        new IndicatorResult("A1", 3, 9, new BigDecimal("33.3"), Map.of()),
                        new IndicatorResult("V1.contacts", 35, 35, new BigDecimal("35"), Map.of()),
                        new IndicatorResult("T2", 1, 1, new BigDecimal("70.00"), Map.of()),
                        new IndicatorResult("E1.sc_referral", 2, 4, new BigDecimal("50.0"), Map.of()),
                        new IndicatorResult("X9.retired", 1, 2, new BigDecimal("50.0"), Map.of())));
    }

    @Test
    void eachResultIsSetBesideThePreviousPeriodOfTheSameLengthJudgedAsOfTheSameDate() {
        ScorecardReport card = scorecard.of(ScorecardPeriod.parse("2026-Q2"), NORTH, AS_OF);

        assertThat(card.previous().label()).isEqualTo("2026-Q1");
        assertThat(card.lines()).extracting(ScorecardLine::id)
                .containsExactly("A1", "V1.contacts", "T2", "E1.sc_referral", "X9.retired");
        ScorecardLine a1 = card.lines().get(0);
        assertThat(a1.name()).isEqualTo("% referrals with outcome NFA");
        assertThat(a1.unit()).isEqualTo("PERCENT");
        assertThat(a1.current()).isEqualTo(new ScorecardLine.Figures(2, 8, new BigDecimal("25.0"), null));
        assertThat(a1.previous()).isEqualTo(new ScorecardLine.Figures(3, 9, new BigDecimal("33.3"), null));
        assertThat(a1.change()).isEqualByComparingTo("-8.3");
    }

    @Test
    void thereIsNoChangeWhenEitherValueIsMissing() {
        ScorecardReport card = scorecard.of(ScorecardPeriod.parse("2026-Q2"), NORTH, AS_OF);

        assertThat(card.lines().get(3).change()).isNull();
        assertThat(card.lines().get(3).current().note()).startsWith("cohort limited to closures");
        ScorecardLine retired = card.lines().get(4);
        assertThat(retired.current()).isNull();
        assertThat(retired.name()).isEqualTo("X9.retired");
        assertThat(retired.unit()).isNull();
        assertThat(retired.change()).isNull();
    }

    @Test
    void theCsvMatchesItsGoldenFileAndTheExportIsAudited() throws IOException {
        Actor admin = new Actor("admin-1", List.of("ADMIN"));

        String csv = CsvExportConverter.csv(scorecard.export(ScorecardPeriod.parse("2026-Q2"), NORTH, AS_OF, admin));

        assertThat(csv).isEqualTo(golden("scorecard.csv"));
        assertThat(audit.records).singleElement().satisfies(record -> {
            assertThat(record.export()).isEqualTo("SCORECARD");
            assertThat(record.subject()).isEqualTo("admin-1");
            assertThat(record.roles()).containsExactly("ADMIN");
            assertThat(record.from()).isEqualTo(LocalDate.parse("2026-04-01"));
            assertThat(record.to()).isEqualTo(LocalDate.parse("2026-07-01"));
            assertThat(record.rows()).isEqualTo(5);
        });
    }

    @Test
    void readingTheScorecardIsNotAnExport() {
        scorecard.of(ScorecardPeriod.parse("2026-Q2"), NORTH, AS_OF);

        assertThat(audit.records).extracting(ExportRecord::export).isEmpty();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ScorecardTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
