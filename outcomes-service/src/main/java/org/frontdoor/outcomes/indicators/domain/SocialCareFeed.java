package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * The social-care closure feed and the step-downs (E4). An event id counts once, the first occurrence wins;
 * so does an episode id (one closure per episode) and a step-down id.
 */
public record SocialCareFeed(List<EpisodeClosure> closures, List<StepDown> stepDowns) {

    /** The event types this feed is built from. */
    public static final Set<String> EVENT_TYPES = Set.of(SocialCareEpisodeClosed.TYPE, StepDownReceived.TYPE);

    /** A social care episode closed on a date with a CIN census reason code ({@code RC1} … {@code RC9}). */
    public record EpisodeClosure(String episodeId, String childId, LocalDate closedOn, String reasonCode) {

        public static final String RC9 = "RC9";

        public EpisodeClosure {
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(closedOn, "closedOn");
        }

        public boolean isRc9() {
            return RC9.equals(reasonCode);
        }
    }

    /** A child stepped down from social care to early help. */
    public record StepDown(String stepDownId, String childId, Instant receivedAt) {
    }

    public SocialCareFeed {
        closures = List.copyOf(closures);
        stepDowns = List.copyOf(stepDowns);
    }

    /** Several feeds together (each episode and step-down in exactly one of them). */
    public static SocialCareFeed merge(Collection<SocialCareFeed> parts) {
        List<EpisodeClosure> closures = new ArrayList<>();
        List<StepDown> stepDowns = new ArrayList<>();
        parts.forEach(part -> {
            closures.addAll(part.closures());
            stepDowns.addAll(part.stepDowns());
        });
        return new SocialCareFeed(closures, stepDowns);
    }

    public static SocialCareFeed none() {
        return new SocialCareFeed(List.of(), List.of());
    }

    public static SocialCareFeed from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Set<String> seenEpisodes = new HashSet<>();
        Set<String> seenStepDowns = new HashSet<>();
        List<EpisodeClosure> closures = new ArrayList<>();
        List<StepDown> stepDowns = new ArrayList<>();
        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof SocialCareEpisodeClosed closed && seenEpisodes.add(closed.episodeId())) {
                closures.add(new EpisodeClosure(closed.episodeId(), closed.childId(), closed.closedOn(), closed.reasonCode()));
            } else if (event.payload() instanceof StepDownReceived stepDown && seenStepDowns.add(stepDown.stepDownId())) {
                stepDowns.add(new StepDown(stepDown.stepDownId(), stepDown.childId(), stepDown.receivedAt()));
            }
        }
        return new SocialCareFeed(closures, stepDowns);
    }
}
