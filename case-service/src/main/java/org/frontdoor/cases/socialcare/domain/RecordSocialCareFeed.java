package org.frontdoor.cases.socialcare.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.earlyhelp.domain.IdempotencyConflict;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.Problem;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;

/**
 * The feed from the statutory case system: social care episode closures and step-downs to early help. Only that
 * system's client ({@link Role#SOCIAL_CARE_SYSTEM}) or an administrator sends them.
 *
 * <ul>
 *   <li>A closure is keyed by its episode id: the same closure sent again answers with the one recorded (nothing new
 *       is published); a different closure for a recorded episode is refused (the feed does not correct closures).
 *       It is dated no later than today.</li>
 *   <li>A step-down is recorded and published; it does not open an early help case by itself (the family's early
 *       help starts from a triage decision, or goes on in the case already open). If it names an episode whose
 *       closure is recorded, it must be for that episode's child.</li>
 *   <li>An {@code Idempotency-Key} makes a retry answer with what was first recorded; the key with a different
 *       request is refused.</li>
 * </ul>
 */
public final class RecordSocialCareFeed {

    private final SocialCareFeed feed;
    private final Clock clock;
    private final Supplier<String> newIds;

    public RecordSocialCareFeed(SocialCareFeed feed, Clock clock) {
        this(feed, clock, () -> UUID.randomUUID().toString());
    }

    public RecordSocialCareFeed(SocialCareFeed feed, Clock clock, Supplier<String> newIds) {
        this.feed = Objects.requireNonNull(feed);
        this.clock = Objects.requireNonNull(clock);
        this.newIds = Objects.requireNonNull(newIds);
    }

    public record Recorded<T>(T record, boolean replayed) {
    }

    public static boolean maySend(Actor actor) {
        return actor.has(Role.SOCIAL_CARE_SYSTEM) || actor.has(Role.ADMIN);
    }

    public Recorded<EpisodeClosure> episodeClosed(Actor actor, String episodeId, String childId, LocalDate closedOn,
                                                  SocialCareClosureReason reason, RequestKey key) {
        permitted(actor);
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        requireId(problems, "episodeId", episodeId);
        requireId(problems, "childId", childId);
        LocalDate today = now.atZone(RecordCaseWork.LOCAL_TIME).toLocalDate();
        if (closedOn != null && closedOn.isAfter(today)) {
            problems.add(new Problem("closedOn", "cannot be after today (" + today + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        EpisodeClosure closure = new EpisodeClosure(episodeId, childId, closedOn, reason, now, actor.id(), key);
        if (key != null) {
            Optional<EpisodeClosure> earlier = feed.closureWithKey(key.caller(), key.key());
            if (earlier.isPresent()) {
                if (!earlier.get().requestKey().sameRequestAs(key)) {
                    throw new IdempotencyConflict();
                }
                return new Recorded<>(earlier.get(), true);
            }
        }
        if (feed.add(closure)) {
            return new Recorded<>(closure, false);
        }
        EpisodeClosure recorded = feed.closure(episodeId).orElseThrow();
        if (!recorded.sameFactsAs(closure)) {
            throw new ConflictingFeed("This social care episode is already recorded as closed on "
                    + recorded.closedOn() + " (" + recorded.reason() + ") for another child or date or reason; "
                    + "the feed does not correct closures");
        }
        return new Recorded<>(recorded, true);
    }

    public Recorded<StepDown> steppedDown(Actor actor, String childId, String familyId, String episodeId,
                                          RequestKey key) {
        permitted(actor);
        List<Problem> problems = new ArrayList<>();
        requireId(problems, "childId", childId);
        optionalId(problems, "familyId", familyId);
        optionalId(problems, "episodeId", episodeId);
        if (problems.isEmpty() && episodeId != null) {
            feed.closure(episodeId).filter(closure -> !closure.childId().equals(childId)).ifPresent(closure ->
                    problems.add(new Problem("childId", "the episode named is another child's")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        String stepDownId = key == null ? newIds.get() : UUID.nameUUIDFromBytes(("step-down:" + key.caller() + "\n"
                + key.key()).getBytes(StandardCharsets.UTF_8)).toString();
        StepDown stepDown = new StepDown(stepDownId, childId, familyId, episodeId, clock.instant(), actor.id(), key);
        if (feed.add(stepDown)) {
            return new Recorded<>(stepDown, false);
        }
        StepDown earlier = feed.stepDown(stepDownId).orElseThrow();
        if (!earlier.requestKey().sameRequestAs(key)) {
            throw new IdempotencyConflict();
        }
        return new Recorded<>(earlier, true);
    }

    private static void permitted(Actor actor) {
        if (!maySend(actor)) {
            throw new NotPermitted("Only the statutory case system (SOCIAL_CARE_SYSTEM) or an administrator sends "
                    + "the social care feed");
        }
    }

    private static void requireId(List<Problem> problems, String field, String value) {
        if (!LeadProfessional.isProfessionalId(value)) {
            problems.add(new Problem(field, "must be a pseudonymous id (1 to 64 letters, digits, '.', '_', ':' or "
                    + "'-')"));
        }
    }

    private static void optionalId(List<Problem> problems, String field, String value) {
        if (value != null) {
            requireId(problems, field, value);
        }
    }
}
