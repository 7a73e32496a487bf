package org.frontdoor.triage.letters.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.serviceplatform.rebuild.SeekableListener;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.letters.domain.DecisionFacts;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The letters' own consumer group ({@code triage-service-letters}), so letters keep their own place in the log:
 * each decision triage published (from its outbox) becomes a pending outcome letter, whose id is derived from the
 * event id (a redelivery stores nothing new); partner-posted referrals are remembered so the partner can read
 * their letters. Errors follow the service's handler: unreadable records to the DLT, the store down retried.
 */
@Component
class DecisionLettersListener extends SeekableListener {

    static final String GROUP = "triage-service-letters";

    private final LetterDesk desk;

    DecisionLettersListener(LetterDesk desk) {
        this.desk = desk;
    }

    @KafkaListener(id = "triage-letters", topics = {Topics.TRIAGE, Topics.REFERRALS}, groupId = GROUP,
            autoStartup = "${triage.letters.enabled:true}")
    void on(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Override
    public String groupId() {
        return GROUP;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.TRIAGE, Topics.REFERRALS);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        if (event.payload() instanceof TriageDecisionMade made) {
            desk.decisionMade(event.id(), new DecisionFacts(made.decisionId(), made.referralId(), made.decidedAt(),
                    level(made.level()), route(made.route()), made.earlyHelpOffered(), made.team(), null));
        } else if (event.payload() instanceof TriageDecisionRevised revised) {
            desk.decisionMade(event.id(), new DecisionFacts(revised.decisionId(), revised.referralId(),
                    revised.decidedAt(), level(revised.level()), route(revised.route()), revised.earlyHelpOffered(),
                    revised.team(), revised.revisesDecisionId()));
        } else if (event.payload() instanceof ReferralReceived received) {
            desk.referralPosted(received.referralId(), received.partnerId());
        }
    }

    private static ThresholdLevel level(int number) {
        return ThresholdLevel.of(number).orElseThrow(() -> new IllegalArgumentException("Unknown level " + number));
    }

    private static Route route(String code) {
        return Route.of(code).orElseThrow(() -> new IllegalArgumentException("Unknown route " + code));
    }
}
