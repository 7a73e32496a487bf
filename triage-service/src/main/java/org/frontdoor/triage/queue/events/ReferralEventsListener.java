package org.frontdoor.triage.queue.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.serviceplatform.rebuild.SeekableListener;
import org.frontdoor.triage.decision.domain.Consent;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.ReferralIntake;
import org.frontdoor.triage.queue.domain.ReferralLink;
import org.frontdoor.triage.queue.domain.Urgency;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds the queue from referral-service's events: referrals received, amended and withdrawn, and the links
 * between them ({@code RE_REFERRAL}, {@code FURTHER_CONTACT}; {@code DUPLICATE} is kept but changes nothing).
 * Types triage does not use are read and ignored; a link of an unknown kind is invalid (dead-lettered).
 */
@Component
class ReferralEventsListener extends SeekableListener {

    static final String GROUP = "triage-service";

    private final ReferralIntake intake;

    ReferralEventsListener(ReferralIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "triage-referrals", topics = Topics.REFERRALS, groupId = GROUP)
    void on(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Override
    public String groupId() {
        return GROUP;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.REFERRALS);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = FrontDoorEvents.read(record);
        if (event.payload() instanceof ReferralReceived received) {
            intake.received(event.id(), new Referral(received.referralId(), received.receivedAt(),
                    received.needIdentifiedAt(), Pathway.of(received.pathway()), Urgency.of(received.urgency()),
                    received.sourceCode(), received.channel(), childIds(received.children()), received.familyId(),
                    received.locality(), Consent.of(received.consent()).orElse(null)));
        } else if (event.payload() instanceof ReferralAmended amended) {
            intake.amended(event.id(), amended.referralId(), new Referral.Amendment(Pathway.of(amended.pathway()),
                    Urgency.of(amended.urgency()), amended.sourceCode(), childIds(amended.children()),
                    amended.familyId(), amended.locality()));
        } else if (event.payload() instanceof ReferralWithdrawn withdrawn) {
            intake.withdrawn(event.id(), withdrawn.referralId(), withdrawn.withdrawnAt());
        } else if (event.payload() instanceof ReferralLinked linked) {
            intake.linked(new ReferralLink(event.id(), linked.referralId(), linked.linkedReferralId(),
                    linked.childId(), ReferralLink.Kind.valueOf(linked.link()), linked.linkedAt()));
        }
    }

    private static List<String> childIds(List<ChildOnReferral> children) {
        return children.stream().map(ChildOnReferral::childId).toList();
    }
}
