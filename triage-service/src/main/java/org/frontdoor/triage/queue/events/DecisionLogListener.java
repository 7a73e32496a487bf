package org.frontdoor.triage.queue.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.serviceplatform.rebuild.SeekableListener;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.queue.domain.DecisionLog;
import org.frontdoor.triage.queue.domain.LoggedDecision;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads triage's own topic in a group of its own ({@code triage-service-decisions}), so that decisions this service
 * did not make (imported history, demo data) are recorded and take their referrals out of the queue. Its own
 * decisions coming back change nothing. Errors follow the service's handler: unreadable or invalid records (an
 * unknown level or route, a route the level does not allow) to {@code frontdoor.triage.v1.dlt}, the store down
 * retried until it is back.
 */
@Component
class DecisionLogListener extends SeekableListener {

    static final String GROUP = "triage-service-decisions";

    private final DecisionLog decisionLog;

    DecisionLogListener(DecisionLog decisionLog) {
        this.decisionLog = decisionLog;
    }

    @KafkaListener(id = "triage-decision-log", topics = Topics.TRIAGE, groupId = GROUP)
    void on(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Override
    public String groupId() {
        return GROUP;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.TRIAGE);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        if (event.payload() instanceof TriageDecisionMade made) {
            decisionLog.logged(new LoggedDecision(made.decisionId(), made.referralId(), null, level(made.level()),
                    route(made.route()), made.earlyHelpOffered(), made.primaryNeed(), made.assessmentFactors(),
                    made.team(), made.decidedBy(), made.decidedAt()));
        } else if (event.payload() instanceof TriageDecisionRevised revised) {
            decisionLog.logged(new LoggedDecision(revised.decisionId(), revised.referralId(),
                    revised.revisesDecisionId(), level(revised.level()), route(revised.route()),
                    revised.earlyHelpOffered(), revised.primaryNeed(), revised.assessmentFactors(), revised.team(),
                    revised.decidedBy(), revised.decidedAt()));
        }
    }

    private static ThresholdLevel level(int number) {
        return ThresholdLevel.of(number).orElseThrow(() -> new IllegalArgumentException("Unknown level " + number));
    }

    private static Route route(String code) {
        return Route.of(code).orElseThrow(() -> new IllegalArgumentException("Unknown route " + code));
    }
}
