package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * The family programme's facts (S1): the themes identified for families and the outcome evidence. An event id
 * counts once, the first occurrence wins; the records carry no id of their own, so a record re-sent under a new
 * event id is read twice, which changes nothing (themes are counted distinct, evidence is searched, not summed).
 */
public record FamilyProgrammeFacts(List<ThemesIdentified> themes, List<Evidence> evidence) {

    /** The event types these facts are built from. */
    public static final Set<String> EVENT_TYPES = Set.of(FamilyThemesIdentified.TYPE, OutcomeEvidenced.TYPE);

    /** Themes identified for a family in one framework. */
    public record ThemesIdentified(String caseId, String familyId, Instant identifiedAt, String framework,
                                   List<String> themes) {

        public ThemesIdentified {
            themes = List.copyOf(themes);
        }
    }

    /** Evidence that a theme's outcome has been sustained from a date. */
    public record Evidence(String caseId, String familyId, Instant evidencedAt, String theme, LocalDate sustainedFrom,
                           Integer windowWeeks) {
    }

    public FamilyProgrammeFacts {
        themes = List.copyOf(themes);
        evidence = List.copyOf(evidence);
    }

    /** Several families' facts together. */
    public static FamilyProgrammeFacts merge(Collection<FamilyProgrammeFacts> parts) {
        List<ThemesIdentified> themes = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        parts.forEach(part -> {
            themes.addAll(part.themes());
            evidence.addAll(part.evidence());
        });
        return new FamilyProgrammeFacts(themes, evidence);
    }

    public static FamilyProgrammeFacts none() {
        return new FamilyProgrammeFacts(List.of(), List.of());
    }

    public static FamilyProgrammeFacts from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        List<ThemesIdentified> themes = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof FamilyThemesIdentified identified) {
                themes.add(new ThemesIdentified(identified.caseId(), identified.familyId(), identified.identifiedAt(),
                        identified.framework(), identified.themes()));
            } else if (event.payload() instanceof OutcomeEvidenced evidenced) {
                evidence.add(new Evidence(evidenced.caseId(), evidenced.familyId(), evidenced.evidencedAt(),
                        evidenced.theme(), evidenced.sustainedFrom(), evidenced.windowWeeks()));
            }
        }
        return new FamilyProgrammeFacts(themes, evidence);
    }
}
