package org.frontdoor.triage.queue.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.ReferralIntake;
import org.frontdoor.triage.queue.domain.Urgency;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds the queue from referral-service's events. {@code ReferralLinked} is not used by triage yet
 * (linked referrals are not shown in the queue), so it is read and ignored, as are types triage does not know.
 */
@Component
class ReferralEventsListener {

    private final ReferralIntake intake;

    ReferralEventsListener(ReferralIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "triage-referrals", topics = Topics.REFERRALS, groupId = "triage-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        if (event.payload() instanceof ReferralReceived received) {
            intake.received(event.id(), new Referral(received.referralId(), received.receivedAt(),
                    received.needIdentifiedAt(), Pathway.of(received.pathway()), Urgency.of(received.urgency()),
                    received.sourceCode(), received.channel(), childIds(received.children()), received.familyId(),
                    received.locality()));
        } else if (event.payload() instanceof ReferralAmended amended) {
            intake.amended(event.id(), amended.referralId(), new Referral.Amendment(Pathway.of(amended.pathway()),
                    Urgency.of(amended.urgency()), amended.sourceCode(), childIds(amended.children()),
                    amended.familyId(), amended.locality()));
        } else if (event.payload() instanceof ReferralWithdrawn withdrawn) {
            intake.withdrawn(event.id(), withdrawn.referralId(), withdrawn.withdrawnAt());
        }
    }

    private static List<String> childIds(List<ChildOnReferral> children) {
        return children.stream().map(ChildOnReferral::childId).toList();
    }
}
