package org.frontdoor.cases.earlyhelp.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.frontdoor.cases.earlyhelp.domain.CaseListing;
import org.frontdoor.cases.earlyhelp.domain.CaseSchedule;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.frontdoor.cases.earlyhelp.domain.Change;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.ReviewsAndDrift;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The drift and overdue-review gauges: recounted from the store, keeping the last count while it is down. */
class CaseAttentionGaugesTest {

    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    final List<CaseSchedule> open = new ArrayList<>();
    boolean storeDown;

    final CaseStore store = new CaseStore() {
        @Override
        public Optional<EarlyHelpCase> find(String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean open(Change opening) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(Change change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EarlyHelpCase> list(CaseListing listing) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseSchedule> openCaseSchedules() {
            if (storeDown) {
                throw new DataAccessResourceFailureException("store down");
            }
            return open;
        }

        @Override
        public List<EarlyHelpCase> ofChild(String childId) {
            throw new UnsupportedOperationException();
        }
    };

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CaseAttentionGauges gauges = new CaseAttentionGauges(new CasesNeedingAttention(store,
            ReviewsAndDrift.SHROPSHIRE, Clock.fixed(NOW, ZoneOffset.UTC)), meters);

    double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    @Test
    void countsTheOpenCasesDriftingAndThoseWithTheirReviewOverdue() {
        // opened a year and a day ago: drifting; reviewed three times: drifting and, due yesterday, overdue
        open.add(new CaseSchedule("a", true, Instant.parse("2025-12-03T10:00:00Z"), null, 0, null, null, null));
        open.add(new CaseSchedule("b", true, Instant.parse("2026-06-01T10:00:00Z"), null, 3,
                Instant.parse("2026-10-01T10:00:00Z"), LocalDate.parse("2026-12-03"), null));
        // opened a year ago today, reviewed today's date due: neither
        open.add(new CaseSchedule("c", true, Instant.parse("2025-12-04T10:00:00Z"), null, 1,
                Instant.parse("2026-10-23T10:00:00Z"), LocalDate.parse("2026-12-04"), null));

        gauges.recount();

        assertThat(gauge("frontdoor.cases.drifting")).isEqualTo(2);
        assertThat(gauge("frontdoor.case.reviews.overdue")).isEqualTo(1);
    }

    @Test
    void keepsTheLastCountsWhileTheStoreCannotBeReached() {
        open.add(new CaseSchedule("a", true, Instant.parse("2025-12-03T10:00:00Z"), null, 0, null, null, null));
        gauges.recount();
        storeDown = true;

        gauges.recount();

        assertThat(gauge("frontdoor.cases.drifting")).isEqualTo(1);
    }
}
