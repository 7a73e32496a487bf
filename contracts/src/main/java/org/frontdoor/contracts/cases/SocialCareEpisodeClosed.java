package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The statutory case system closed a child's social care episode (the social-care closure feed, E4).
 *
 * @param closedOn   the closure date
 * @param reasonCode CIN census reason for closure, {@code RC1} … {@code RC9}
 * @param recordedAt when the front door recorded the closure
 */
public record SocialCareEpisodeClosed(
        String episodeId,
        String childId,
        LocalDate closedOn,
        String reasonCode,
        Instant recordedAt) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.social-care-episode-closed.v1";

    public SocialCareEpisodeClosed {
        Require.text(episodeId, "episodeId");
        Require.text(childId, "childId");
        Require.present(closedOn, "closedOn");
        Require.text(reasonCode, "reasonCode");
        Require.present(recordedAt, "recordedAt");
    }

    @Override
    public String subject() {
        return episodeId;
    }

    @Override
    public Instant occurredAt() {
        return recordedAt;
    }
}
