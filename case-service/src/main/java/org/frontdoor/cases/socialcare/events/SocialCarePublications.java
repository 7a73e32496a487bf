package org.frontdoor.cases.socialcare.events;

import org.frontdoor.cases.CaseServiceApplication;
import org.frontdoor.cases.socialcare.domain.EpisodeClosure;
import org.frontdoor.cases.socialcare.domain.StepDown;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.cloudevents.OutboxMessage;

/** The social care feed as the contracts publish it on {@code earlyhelp.cases.v1}: ids, dates and codes only. */
public final class SocialCarePublications {

    private static final String SOURCE = "/" + CaseServiceApplication.CONFIG_NAME;

    public static OutboxMessage outboxMessage(EpisodeClosure closure) {
        return OutboxMessage.of(SOURCE, contractOf(closure));
    }

    public static OutboxMessage outboxMessage(StepDown stepDown) {
        return OutboxMessage.of(SOURCE, contractOf(stepDown));
    }

    public static SocialCareEpisodeClosed contractOf(EpisodeClosure closure) {
        return new SocialCareEpisodeClosed(closure.episodeId(), closure.childId(), closure.closedOn(),
                closure.reason().name(), closure.recordedAt());
    }

    public static StepDownReceived contractOf(StepDown stepDown) {
        return new StepDownReceived(stepDown.stepDownId(), stepDown.receivedAt(), stepDown.childId(),
                stepDown.familyId(), stepDown.episodeId());
    }

    private SocialCarePublications() {
    }
}
