package org.frontdoor.cases.earlyhelp.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.serviceplatform.rebuild.SeekableListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Triage decisions, first or revised: those routed to targeted early help open the family's case. Other routes, and
 * other event types on the topic, are not this service's concern. A record that cannot be read, or a decision that
 * cannot open a case (e.g. no family named), goes to {@code frontdoor.triage.v1.dlt} without retry.
 *
 * <p>This is the service's only consumer, so it is what a rebuild re-reads ({@code /api/cases/rebuild}) and the listener
 * a dead letter is replayed to ({@code /api/cases/dead-letters}), both service-platform's endpoints.
 */
@Component
class TriageDecisionListener extends SeekableListener {

    private final OpenCaseFromTriage openCase;
    private final String groupId;

    TriageDecisionListener(OpenCaseFromTriage openCase, @Value("${spring.kafka.consumer.group-id}") String groupId) {
        this.openCase = openCase;
        this.groupId = groupId;
    }

    @Override
    public String groupId() {
        return groupId;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.TRIAGE);
    }

    @KafkaListener(id = "triage-decisions", idIsGroup = false, topics = Topics.TRIAGE)
    void on(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    /** On delivery, and when an administrator replays a dead letter. */
    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        if (event.payload() instanceof TriageDecisionMade made) {
            routeOf(made.route()).ifPresent(route -> openCase.on(new TriageRouting(made.referralId(), route,
                    made.decidedAt(), made.familyId(), made.childIds(), made.locality())));
        } else if (event.payload() instanceof TriageDecisionRevised revised) {
            routeOf(revised.route()).ifPresent(route -> openCase.on(new TriageRouting(revised.referralId(), route,
                    revised.decidedAt(), revised.familyId(), revised.childIds(), revised.locality())));
        }
    }

    /** A route this service does not know (a later additive code) cannot be targeted early help: nothing to open. */
    private static Optional<Route> routeOf(String code) {
        return Arrays.stream(Route.values()).filter(route -> route.name().equals(code)).findFirst();
    }
}
