package org.frontdoor.referral.personindex.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Gives each child on a referral a pseudonymous id, recognising children referred before.
 *
 * <ul>
 *   <li>A child whose {@link MatchKey} is already in the index keeps its {@code childId}, so a
 *       re-referral of the same child is recognisable downstream.</li>
 *   <li>The children of one referral share a {@code familyId}: the family of the first matched child,
 *       or a new family when none of them is known. A matched child's own entry is not moved to
 *       another family (merging families is for the fuller person index).</li>
 * </ul>
 */
public final class ChildIdentification {

    private final PersonIndex index;
    private final Supplier<String> newIds;

    public ChildIdentification(PersonIndex index) {
        this(index, () -> UUID.randomUUID().toString());
    }

    public ChildIdentification(PersonIndex index, Supplier<String> newIds) {
        this.index = Objects.requireNonNull(index);
        this.newIds = Objects.requireNonNull(newIds);
    }

    public FamilyOnReferral identify(List<MatchKey> children) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("A referral names at least one child");
        }
        List<Optional<IndexedChild>> known = children.stream().map(index::find).toList();
        String familyId = known.stream()
                .flatMap(Optional::stream)
                .map(IndexedChild::familyId)
                .findFirst()
                .orElseGet(newIds);
        List<IndexedChild> identified = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            MatchKey key = children.get(i);
            identified.add(known.get(i).orElseGet(() -> index.enrol(new IndexedChild(newIds.get(), key, familyId))));
        }
        return new FamilyOnReferral(familyId, identified);
    }
}
