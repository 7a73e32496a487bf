package org.frontdoor.referral.intake.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.referral.intake.domain.RecordTriageOutcome;
import org.frontdoor.referral.intake.domain.Route;
import org.frontdoor.referral.intake.domain.ThresholdLevel;
import org.frontdoor.referral.intake.domain.TriageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Shows triage decisions on referrals. Reads {@code TriageDecisionMade} and {@code TriageDecisionRevised},
 * ignores the other triage events. A record that is not a readable event, or carries a level or route
 * outside the code lists, goes to {@code frontdoor.triage.v1.dlt} (see the Kafka configuration).
 */
@Component
class TriageDecisionListener {

    private static final Logger log = LoggerFactory.getLogger(TriageDecisionListener.class);

    private final RecordTriageOutcome recordTriageOutcome;

    TriageDecisionListener(RecordTriageOutcome recordTriageOutcome) {
        this.recordTriageOutcome = recordTriageOutcome;
    }

    @KafkaListener(id = "referral-status", idIsGroup = false, topics = Topics.TRIAGE)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        boolean changed;
        if (event.payload() instanceof TriageDecisionMade made) {
            changed = recordTriageOutcome.record(event.id(), made.referralId(), new TriageOutcome(made.decisionId(),
                    made.decidedAt(), ThresholdLevel.of(made.level()), Route.valueOf(made.route()),
                    made.earlyHelpOffered(), false));
        } else if (event.payload() instanceof TriageDecisionRevised revised) {
            changed = recordTriageOutcome.record(event.id(), revised.referralId(), new TriageOutcome(revised.decisionId(),
                    revised.decidedAt(), ThresholdLevel.of(revised.level()), Route.valueOf(revised.route()),
                    revised.earlyHelpOffered(), true));
        } else {
            return;
        }
        log.debug("Triage event {} ({}) on referral {}: {}", event.id(), event.type(), event.subject(),
                changed ? "shown" : "already shown, superseded or not held here");
    }
}
