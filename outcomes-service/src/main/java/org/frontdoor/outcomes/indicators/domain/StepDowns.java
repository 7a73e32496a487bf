package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.workingdays.LondonDates;

/**
 * E4: of the social care episodes closed in the period (by closure date) whose closure date + 28 days is
 * before {@code asOf} (the others are {@code extra.pending}, by episode id), the share closed with RC9 or with
 * a StepDownReceived for the same child whose London date is 0–28 days after the closure date (both ends
 * inclusive).
 */
public final class StepDowns {

    private static final int WINDOW_DAYS = 28;

    public IndicatorResult steppedDown(SocialCareFeed feed, ReportPeriod period) {
        return steppedDown(feed, period, childId -> feed.stepDowns().stream()
                .filter(received -> childId.equals(received.childId()))
                .map(received -> LondonDates.londonDate(received.receivedAt()))
                .toList());
    }

    /**
     * The same rule over indexed facts: the episodes closed in the period by binary search on the closure date, each
     * child's step-down dates looked up.
     */
    IndicatorResult steppedDown(IndexedFacts facts, ReportPeriod period) {
        return steppedDown(facts.episodeClosuresIn(period), period,
                childId -> facts.stepDownDatesByChild.getOrDefault(childId, List.of()));
    }

    private IndicatorResult steppedDown(SocialCareFeed feed, ReportPeriod period,
                                        java.util.function.Function<String, List<LocalDate>> stepDownDates) {
        return steppedDown(feed.closures(), period, stepDownDates);
    }

    private IndicatorResult steppedDown(List<SocialCareFeed.EpisodeClosure> episodeClosures, ReportPeriod period,
                                        java.util.function.Function<String, List<LocalDate>> stepDownDates) {
        List<String> pending = new ArrayList<>();
        long closures = 0;
        long steppedDown = 0;
        for (SocialCareFeed.EpisodeClosure closure : episodeClosures) {
            if (!period.contains(closure.closedOn())) {
                continue;
            }
            LocalDate lastDay = closure.closedOn().plusDays(WINDOW_DAYS);
            if (!period.hasPassed(lastDay)) {
                pending.add(closure.episodeId());
                continue;
            }
            closures++;
            boolean stepDown = closure.childId() != null && stepDownDates.apply(closure.childId()).stream()
                    .anyMatch(date -> !date.isBefore(closure.closedOn()) && !date.isAfter(lastDay));
            if (closure.isRc9() || stepDown) {
                steppedDown++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("pending", pending.stream().sorted().toList());
        return IndicatorResult.share(Indicator.E4, steppedDown, closures, extra);
    }
}
