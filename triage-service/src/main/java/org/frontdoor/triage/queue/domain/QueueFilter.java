package org.frontdoor.triage.queue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.domain.InvalidField;

/**
 * Which part of the queue a triage worker wants to see: one pathway, one locality, and whose claim
 * (a worker, themselves, or nobody's). Every part is optional; together they all have to match.
 *
 * @param pathway  only referrals on this pathway, or {@code null} for every pathway
 * @param locality only referrals in this locality code, or {@code null} for every locality
 * @param assignee only referrals claimed by this worker, or only unclaimed ones ({@link Assignee#UNASSIGNED}),
 *                 or {@code null} whoever holds them
 */
public record QueueFilter(Pathway pathway, String locality, Assignee assignee) {

    /** The whole queue. */
    public static final QueueFilter EVERYTHING = new QueueFilter(null, null, null);

    /** The locality codes referral-service accepts. */
    private static final Pattern LOCALITY = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    /** An identity-provider subject: opaque, but printable and bounded. */
    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * Reads the filter from the request's query parameters ({@code null} = not given). {@code assignee} is a
     * worker's {@code sub}, {@code me} (the signed-in {@code actor}) or {@code unassigned}.
     *
     * @throws InvalidQueueFilter naming every parameter that is not valid
     */
    public static QueueFilter of(String pathway, String locality, String assignee, Actor actor) {
        List<InvalidField> problems = new ArrayList<>();
        Pathway onPathway = null;
        if (pathway != null) {
            try {
                onPathway = Pathway.of(pathway);
            } catch (IllegalArgumentException unknown) {
                problems.add(new InvalidField("pathway", "must be one of " + Arrays.toString(Pathway.values())));
            }
        }
        if (locality != null && !LOCALITY.matcher(locality).matches()) {
            problems.add(new InvalidField("locality",
                    "must be a locality code of 1 to 30 letters, digits, '-' or '_'"));
        }
        Assignee heldBy = null;
        if (assignee != null) {
            heldBy = Assignee.of(assignee, actor).orElse(null);
            if (heldBy == null) {
                problems.add(new InvalidField("assignee",
                        "must be a worker's sub (1 to 255 printable characters), 'me' or 'unassigned'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQueueFilter(problems);
        }
        return new QueueFilter(onPathway, locality, heldBy);
    }

    public boolean matches(TriageItem item) {
        return (pathway == null || pathway == item.referral().pathway())
                && (locality == null || locality.equals(item.referral().locality()))
                && (assignee == null || assignee.holds(item));
    }

    /** Whose claim: one worker's ({@code workerId}), or nobody's ({@code workerId} is {@code null}). */
    public record Assignee(String workerId) {

        public static final Assignee UNASSIGNED = new Assignee(null);

        static Optional<Assignee> of(String value, Actor actor) {
            if ("me".equals(value)) {
                return Optional.of(new Assignee(actor.id()));
            }
            if ("unassigned".equals(value)) {
                return Optional.of(UNASSIGNED);
            }
            return SUBJECT.matcher(value).matches() ? Optional.of(new Assignee(value)) : Optional.empty();
        }

        boolean holds(TriageItem item) {
            return workerId == null ? item.claimedBy() == null : workerId.equals(item.claimedBy());
        }
    }
}
