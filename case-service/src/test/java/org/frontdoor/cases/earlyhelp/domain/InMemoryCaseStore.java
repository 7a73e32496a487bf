package org.frontdoor.cases.earlyhelp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CaseStore} in memory for use-case tests: versions as the real one, events kept in the order saved. */
class InMemoryCaseStore implements CaseStore {

    final Map<String, EarlyHelpCase> cases = new LinkedHashMap<>();
    final List<CaseEvent> events = new ArrayList<>();

    @Override
    public Optional<EarlyHelpCase> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public boolean open(Change opening) {
        if (cases.containsKey(opening.after().caseId())) {
            return false;
        }
        cases.put(opening.after().caseId(), opening.after());
        events.addAll(opening.events());
        return true;
    }

    @Override
    public void save(Change change) {
        EarlyHelpCase after = change.after();
        EarlyHelpCase stored = cases.get(after.caseId());
        if (stored == null || stored.revision() != after.revision()) {
            throw new ConcurrentChange(after.caseId());
        }
        cases.put(after.caseId(), EarlyHelpCase.restore(after.caseId(), after.revision() + 1, after.status(),
                after.familyId(), after.members(), after.sourceReferralId().orElse(null),
                after.locality().orElse(null), after.openedAt(), after.leadProfessional().orElse(null),
                after.closure().orElse(null), after.earlierClosures(), after.reopenedAt().orElse(null), after.work()));
        events.addAll(change.events());
    }

    @Override
    public List<EarlyHelpCase> list(CaseListing listing) {
        return cases.values().stream()
                .filter(c -> listing.status() == null || c.status() == listing.status())
                .filter(c -> listing.practitionerId() == null || !c.isAllocated()
                        || c.isLedBy(listing.practitionerId()))
                .filter(c -> listing.ledBy() == null || c.isLedBy(listing.ledBy()))
                .filter(c -> !listing.unallocatedOnly() || !c.isAllocated())
                .sorted(listing.unallocatedOnly() ? Comparator.comparing(EarlyHelpCase::openedAt)
                        : Comparator.comparing(EarlyHelpCase::openedAt).reversed())
                .skip((long) listing.page() * listing.size()).limit(listing.size())
                .toList();
    }

    @Override
    public List<CaseSchedule> openCaseSchedules() {
        return cases.values().stream().filter(c -> !c.isClosed()).map(CaseSchedule::of).toList();
    }

    @Override
    public List<EarlyHelpCase> ofChild(String childId) {
        return cases.values().stream().filter(c -> c.childIds().contains(childId)).toList();
    }
}
