package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.EventProjection;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * The indicators' read model, in memory, folded incrementally from the logged events.
 * <p>Each event goes to the aggregate it is about (a referral, a case, a consultation, a social care episode or
 * step-down, a Webstar, a family). An aggregate keeps its events ordered as the log is (by time, then event id), and
 * its facts are <em>re-derived</em> from them by the same folds as the recompute path ({@link ReferralFacts},
 * {@link CaseFacts}, ...) the next time a report asks, only for the aggregates that changed. Nothing is accumulated,
 * so arrival order does not matter (a closure arriving before the allocation it follows is put in its place) and an
 * event told twice changes nothing. The facts of every aggregate are taken together once per change and kept until
 * the next change, so a report computes from memory.
 * <p>Thread-safe: the consumer thread applies events while requests read.
 * <p>It sees only the events this process's consumer is given, so it is whole only while outcomes-service runs as
 * one replica holding every partition of its topics: two replicas in one consumer group would each hold part of the
 * events and answer different, short indicators. outcomes-service therefore runs exactly one replica
 * (docs/operations.md, "Several replicas of each service").
 */
public final class IndicatorReadModel implements IndicatorFactsSource, EventProjection {

    /** The log's order: by time (none first), then by event id. */
    private record LogOrder(Instant time, String eventId) implements Comparable<LogOrder> {

        private static final Comparator<LogOrder> ORDER = Comparator
                .comparing(LogOrder::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(LogOrder::eventId);

        @Override
        public int compareTo(LogOrder other) {
            return ORDER.compare(this, other);
        }
    }

    /** The events of each aggregate of one kind, and the facts derived from them. */
    private static final class Aggregates<T> {

        private final Function<Collection<LoggedEvent>, T> derive;
        private final Map<String, NavigableMap<LogOrder, LoggedEvent>> events = new HashMap<>();
        private final NavigableMap<String, T> derived = new TreeMap<>();
        private final Set<String> changed = new HashSet<>();

        Aggregates(Function<Collection<LoggedEvent>, T> derive) {
            this.derive = derive;
        }

        /** Adds the event unless its id is already there (the first occurrence wins, as in the log). */
        boolean add(String aggregateId, LoggedEvent event) {
            NavigableMap<LogOrder, LoggedEvent> aggregate = events.computeIfAbsent(aggregateId, id -> new TreeMap<>());
            for (LoggedEvent known : aggregate.values()) {
                if (known.id().equals(event.id())) {
                    return false;
                }
            }
            aggregate.put(new LogOrder(event.time(), event.id()), event);
            changed.add(aggregateId);
            return true;
        }

        Collection<T> facts() {
            for (String aggregateId : changed) {
                derived.put(aggregateId, derive.apply(events.get(aggregateId).values()));
            }
            changed.clear();
            return derived.values();
        }

        void clear() {
            events.clear();
            derived.clear();
            changed.clear();
        }
    }

    private final Aggregates<List<Referral>> referrals = new Aggregates<>(ReferralFacts::from);
    private final Aggregates<CaseFacts> cases = new Aggregates<>(CaseFacts::from);
    private final Aggregates<List<Consultation>> consultations = new Aggregates<>(ConsultationFacts::from);
    private final Aggregates<SocialCareFeed> socialCare = new Aggregates<>(SocialCareFeed::from);
    private final Aggregates<List<WebstarAssessment>> webstars = new Aggregates<>(WebstarFacts::from);
    private final Aggregates<FamilyProgrammeFacts> families = new Aggregates<>(FamilyProgrammeFacts::from);

    private IndicatorFacts snapshot;
    private long events;
    /** Rebuilds under way: read without the lock, which the fold holds throughout. */
    private final AtomicInteger rebuilds = new AtomicInteger();
    private final List<Runnable> beforeEachRebuild = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void apply(LoggedEvent event) {
        if (fold(event)) {
            snapshot = null;
        }
    }

    @Override
    public void rebuildFrom(EventLog log) {
        rebuilds.incrementAndGet();
        try {
            // the old facts' index and answers (about as large as the facts) would otherwise stay on the heap
            // throughout the fold, beside the new facts being folded: at a county's twelve years the heap filled
            beforeEachRebuild.forEach(Runnable::run);
            foldAgainFrom(log);
        } finally {
            rebuilds.decrementAndGet();
        }
    }

    @Override
    public boolean isRebuilding() {
        return rebuilds.get() > 0;
    }

    @Override
    public void beforeEachRebuild(Runnable letGo) {
        beforeEachRebuild.add(Objects.requireNonNull(letGo, "letGo"));
    }

    private synchronized void foldAgainFrom(EventLog log) {
        List.of(referrals, cases, consultations, socialCare, webstars, families).forEach(Aggregates::clear);
        events = 0;
        snapshot = null;
        log.forEachOfTypes(IndicatorFacts.EVENT_TYPES, this::fold);
    }

    /** Applies each event in turn (a test, a benchmark, or a log in hand). */
    public synchronized void applyAll(Collection<LoggedEvent> logged) {
        logged.forEach(this::apply);
    }

    /** The number of distinct events folded in. */
    public synchronized long size() {
        return events;
    }

    @Override
    public synchronized IndicatorFacts facts() {
        if (snapshot == null) {
            snapshot = new IndicatorFacts(flatten(referrals.facts()), CaseFacts.merge(cases.facts()),
                    flatten(consultations.facts()), SocialCareFeed.merge(socialCare.facts()),
                    flatten(webstars.facts()), FamilyProgrammeFacts.merge(families.facts()));
        }
        return snapshot;
    }

    private boolean fold(LoggedEvent event) {
        boolean added = aggregatesOf(event.payload(), event);
        if (added) {
            events++;
        }
        return added;
    }

    private boolean aggregatesOf(FrontDoorEvent payload, LoggedEvent event) {
        if (payload instanceof ReferralReceived e) {
            return referrals.add(e.referralId(), event);
        } else if (payload instanceof ReferralAmended e) {
            return referrals.add(e.referralId(), event);
        } else if (payload instanceof TriageDecisionMade e) {
            return referrals.add(e.referralId(), event);
        } else if (payload instanceof TriageDecisionRevised e) {
            return referrals.add(e.referralId(), event);
        } else if (payload instanceof EarlyHelpCaseOpened e) {
            return cases.add(e.caseId(), event);
        } else if (payload instanceof LeadProfessionalAllocated e) {
            return cases.add(e.caseId(), event);
        } else if (payload instanceof EarlyHelpCaseClosed e) {
            return cases.add(e.caseId(), event);
        } else if (payload instanceof EarlyHelpCaseReopened e) {
            return cases.add(e.caseId(), event);
        } else if (payload instanceof PlanReviewed e) {
            return cases.add(e.caseId(), event);
        } else if (payload instanceof ConsultationRequested e) {
            return consultations.add(e.consultationId(), event);
        } else if (payload instanceof ConsultationBooked e) {
            return consultations.add(e.consultationId(), event);
        } else if (payload instanceof ConsultationHeld e) {
            return consultations.add(e.consultationId(), event);
        } else if (payload instanceof SocialCareEpisodeClosed e) {
            return socialCare.add("episode:" + e.episodeId(), event);
        } else if (payload instanceof StepDownReceived e) {
            return socialCare.add("step-down:" + e.stepDownId(), event);
        } else if (payload instanceof WebstarAssessed e) {
            return webstars.add(e.assessmentId(), event);
        } else if (payload instanceof FamilyThemesIdentified e) {
            return families.add(e.familyId(), event);
        } else if (payload instanceof OutcomeEvidenced e) {
            return families.add(e.familyId(), event);
        }
        return false;
    }

    private static <T> List<T> flatten(Collection<List<T>> parts) {
        List<T> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }
}
