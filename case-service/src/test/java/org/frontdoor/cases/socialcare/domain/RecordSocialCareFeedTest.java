package org.frontdoor.cases.socialcare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.earlyhelp.domain.IdempotencyConflict;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.Problem;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.junit.jupiter.api.Test;

class RecordSocialCareFeedTest {

    static final Instant NOW = Instant.parse("2026-02-09T08:00:00Z");
    static final LocalDate CLOSED_ON = LocalDate.parse("2026-02-06");

    final InMemoryFeed store = new InMemoryFeed();
    final RecordSocialCareFeed feed = new RecordSocialCareFeed(store, Clock.fixed(NOW, ZoneOffset.UTC),
            () -> "step-down-1");
    final Actor statutorySystem = Actor.of("lcs-client", Role.SOCIAL_CARE_SYSTEM);

    @Test
    void onlyTheStatutorySystemOrAnAdministratorSendsTheFeed() {
        assertThat(feed.episodeClosed(Actor.of("admin-1", Role.ADMIN), "episode-1", "child-1", CLOSED_ON,
                SocialCareClosureReason.RC9, null).replayed()).isFalse();
        for (Role role : List.of(Role.TRIAGE_MANAGER, Role.PRACTITIONER, Role.PERFORMANCE_ANALYST)) {
            assertThatThrownBy(() -> feed.steppedDown(Actor.of("x", role), "child-1", null, null, null))
                    .isInstanceOf(NotPermitted.class);
        }
        assertThat(store.closures).hasSize(1);
        assertThat(store.stepDowns).isEmpty();
    }

    @Test
    void aClosureIsRecordedOnceByEpisodeAndTheSameClosureAgainIsAReplay() {
        EpisodeClosure first = feed.episodeClosed(statutorySystem, "episode-1", "child-1", CLOSED_ON,
                SocialCareClosureReason.RC8, null).record();
        RecordSocialCareFeed.Recorded<EpisodeClosure> again = feed.episodeClosed(statutorySystem, "episode-1",
                "child-1", CLOSED_ON, SocialCareClosureReason.RC8, null);

        assertThat(first.recordedAt()).isEqualTo(NOW);
        assertThat(again.replayed()).isTrue();
        assertThat(again.record()).isEqualTo(first);
        assertThat(store.closures).hasSize(1);
    }

    @Test
    void aDifferentClosureOfARecordedEpisodeIsAConflict() {
        feed.episodeClosed(statutorySystem, "episode-1", "child-1", CLOSED_ON, SocialCareClosureReason.RC8, null);
        assertThatThrownBy(() -> feed.episodeClosed(statutorySystem, "episode-1", "child-1", CLOSED_ON,
                SocialCareClosureReason.RC9, null)).isInstanceOf(ConflictingFeed.class);
    }

    @Test
    void aClosureDatedAfterTodayOrWithTextForAnIdIsAFieldError() {
        assertThatThrownBy(() -> feed.episodeClosed(statutorySystem, "episode 1 (Smith)", "child-1",
                LocalDate.parse("2026-02-10"), SocialCareClosureReason.RC7, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("episodeId", "closedOn"));
        assertThat(store.closures).isEmpty();
    }

    @Test
    void allNineCensusReasonsAreKnown() {
        assertThat(SocialCareClosureReason.values()).extracting(Enum::name).containsExactly("RC1", "RC2", "RC3",
                "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
        assertThat(SocialCareClosureReason.RC9.meaning()).contains("early help");
    }

    @Test
    void aStepDownIsRecordedAndARetryWithItsKeyAnswersWithTheFirst() {
        RequestKey key = new RequestKey("lcs-client", "sd-1", "hash-a");
        StepDown first = feed.steppedDown(statutorySystem, "child-1", "family-1", null, key).record();
        RecordSocialCareFeed.Recorded<StepDown> again = feed.steppedDown(statutorySystem, "child-1", "family-1",
                null, key);

        assertThat(again.replayed()).isTrue();
        assertThat(again.record()).isEqualTo(first);
        assertThat(store.stepDowns).hasSize(1);
        assertThatThrownBy(() -> feed.steppedDown(statutorySystem, "child-2", null, null,
                new RequestKey("lcs-client", "sd-1", "hash-b"))).isInstanceOf(IdempotencyConflict.class);
    }

    @Test
    void aStepDownFromARecordedEpisodeIsForThatEpisodesChild() {
        feed.episodeClosed(statutorySystem, "episode-1", "child-1", CLOSED_ON, SocialCareClosureReason.RC9, null);
        assertThatThrownBy(() -> feed.steppedDown(statutorySystem, "child-2", null, "episode-1", null))
                .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.field()).isEqualTo("childId"));
        assertThat(feed.steppedDown(statutorySystem, "child-1", null, "episode-1", null).record().episodeId())
                .isEqualTo("episode-1");
    }

    static final class InMemoryFeed implements SocialCareFeed {
        final Map<String, EpisodeClosure> closures = new LinkedHashMap<>();
        final Map<String, StepDown> stepDowns = new LinkedHashMap<>();

        @Override
        public boolean add(EpisodeClosure closure) {
            return closures.putIfAbsent(closure.episodeId(), closure) == null;
        }

        @Override
        public Optional<EpisodeClosure> closure(String episodeId) {
            return Optional.ofNullable(closures.get(episodeId));
        }

        @Override
        public Optional<EpisodeClosure> closureWithKey(String caller, String key) {
            return new ArrayList<>(closures.values()).stream().filter(c -> c.requestKey() != null
                    && c.requestKey().caller().equals(caller) && c.requestKey().key().equals(key)).findFirst();
        }

        @Override
        public boolean add(StepDown stepDown) {
            return stepDowns.putIfAbsent(stepDown.stepDownId(), stepDown) == null;
        }

        @Override
        public Optional<StepDown> stepDown(String stepDownId) {
            return Optional.ofNullable(stepDowns.get(stepDownId));
        }
    }
}
