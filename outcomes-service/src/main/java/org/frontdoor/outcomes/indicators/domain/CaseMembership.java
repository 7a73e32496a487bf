package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The children of an early help case (EarlyHelpCaseOpened members with role CHILD) and when the case was
 * open: [openedAt, first closedAt) ∪ [reopenedAt, next closedAt) … (the last spell open-ended while not closed).
 *
 * @param reopenings every {@code reopenedAt} of the case
 */
public record CaseMembership(String caseId, String familyId, List<String> childIds, Instant openedAt,
                             List<Instant> closures, List<Instant> reopenings) {

    /** One spell during which the case was open: [from, until), {@code until} null while still open. */
    public record OpenSpell(Instant from, Instant until) {

        boolean overlaps(Instant start, Instant end) {
            return from.isBefore(end) && (until == null || until.isAfter(start));
        }
    }

    public CaseMembership {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
        childIds = childIds.stream().distinct().toList();
        closures = closures.stream().sorted().toList();
        reopenings = reopenings.stream().sorted().toList();
    }

    public boolean contains(String childId) {
        return childIds.contains(childId);
    }

    /** The spells it was open, walking its closures and reopenings in time order from {@code openedAt}. */
    public List<OpenSpell> openSpells() {
        record Change(Instant at, boolean opens) {
        }
        List<Change> changes = new ArrayList<>();
        closures.forEach(at -> changes.add(new Change(at, false)));
        reopenings.forEach(at -> changes.add(new Change(at, true)));
        changes.sort(Comparator.comparing(Change::at).thenComparing(Change::opens));
        List<OpenSpell> spells = new ArrayList<>();
        Instant openSince = openedAt;
        for (Change change : changes) {
            if (change.at().isBefore(openedAt)) {
                continue;
            }
            if (!change.opens() && openSince != null) {
                spells.add(new OpenSpell(openSince, change.at()));
                openSince = null;
            } else if (change.opens() && openSince == null) {
                openSince = change.at();
            }
        }
        if (openSince != null) {
            spells.add(new OpenSpell(openSince, null));
        }
        return spells;
    }

    /** Open at some instant of [start, end). */
    public boolean isOpenDuring(Instant start, Instant end) {
        return openSpells().stream().anyMatch(spell -> spell.overlaps(start, end));
    }

    /** Open at the instant itself. */
    public boolean isOpenAt(Instant instant) {
        return isOpenDuring(instant, instant.plusNanos(1));
    }

    /** The cases each child is in (a child in two families' cases has both). */
    public static Map<String, List<CaseMembership>> byChild(Collection<CaseMembership> cases) {
        Map<String, List<CaseMembership>> byChild = new HashMap<>();
        for (CaseMembership earlyHelpCase : cases) {
            for (String childId : earlyHelpCase.childIds()) {
                byChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(earlyHelpCase);
            }
        }
        return byChild;
    }

    /** When it was opened and every reopening. */
    public List<Instant> openings() {
        List<Instant> openings = new ArrayList<>(reopenings);
        openings.add(0, openedAt);
        return openings;
    }
}
