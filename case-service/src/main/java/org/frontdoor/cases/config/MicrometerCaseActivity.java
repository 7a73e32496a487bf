package org.frontdoor.cases.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.cases.earlyhelp.domain.CaseActivity;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.springframework.stereotype.Component;

/** Case counters for Prometheus: {@code frontdoor.cases.opened}, {@code frontdoor.cases.closed{reason}}. */
@Component
class MicrometerCaseActivity implements CaseActivity {

    private final MeterRegistry meters;

    MicrometerCaseActivity(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void opened() {
        meters.counter("frontdoor.cases.opened").increment();
    }

    @Override
    public void closed(ClosureReason reason) {
        meters.counter("frontdoor.cases.closed", "reason", reason.name()).increment();
    }
}
