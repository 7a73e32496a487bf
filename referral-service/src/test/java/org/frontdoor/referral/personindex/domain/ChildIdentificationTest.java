package org.frontdoor.referral.personindex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ChildIdentificationTest {

    private final InMemoryIndex index = new InMemoryIndex();
    private final AtomicInteger ids = new AtomicInteger();
    private final ChildIdentification identification = new ChildIdentification(index, () -> "id-" + ids.incrementAndGet());

    private static final MatchKey AMY = MatchKey.of("Amy", "Smith", LocalDate.of(2018, 3, 14));
    private static final MatchKey BEN = MatchKey.of("Ben", "Smith", LocalDate.of(2020, 6, 1));

    @Test
    void newChildrenGetNewIdsAndShareANewFamily() {
        FamilyOnReferral family = identification.identify(List.of(AMY, BEN));
        assertThat(family.children()).extracting(IndexedChild::childId).doesNotHaveDuplicates().doesNotContain(family.familyId());
        assertThat(family.children()).extracting(IndexedChild::familyId).containsOnly(family.familyId());
    }

    @Test
    void aReReferredChildKeepsItsChildIdAndFamily() {
        FamilyOnReferral first = identification.identify(List.of(AMY));
        FamilyOnReferral again = identification.identify(List.of(MatchKey.of(" AMY", "smith", LocalDate.of(2018, 3, 14))));
        assertThat(again.children().get(0).childId()).isEqualTo(first.children().get(0).childId());
        assertThat(again.familyId()).isEqualTo(first.familyId());
    }

    @Test
    void aNewSiblingJoinsTheFamilyOfAMatchedChild() {
        FamilyOnReferral first = identification.identify(List.of(AMY));
        FamilyOnReferral withSibling = identification.identify(List.of(BEN, AMY));
        assertThat(withSibling.familyId()).isEqualTo(first.familyId());
        assertThat(withSibling.children().get(0).familyId()).isEqualTo(first.familyId());
        assertThat(withSibling.children().get(1)).isEqualTo(first.children().get(0));
    }

    @Test
    void aDifferentDateOfBirthIsADifferentChild() {
        FamilyOnReferral first = identification.identify(List.of(AMY));
        FamilyOnReferral other = identification.identify(List.of(MatchKey.of("Amy", "Smith", LocalDate.of(2018, 3, 15))));
        assertThat(other.children().get(0).childId()).isNotEqualTo(first.children().get(0).childId());
        assertThat(other.familyId()).isNotEqualTo(first.familyId());
    }

    @Test
    void aChildEnrolledMeanwhileByAnotherReferralKeepsOneId() {
        IndexedChild enrolledMeanwhile = new IndexedChild("winner", AMY, "family-of-winner");
        index.enrolFirst = enrolledMeanwhile;
        FamilyOnReferral family = identification.identify(List.of(AMY));
        assertThat(family.children()).containsExactly(enrolledMeanwhile);
    }

    @Test
    void namesAreMatchedWithoutCaseAccentsOrPunctuation() {
        assertThat(MatchKey.of("Zoë", "O'Brien", LocalDate.of(2019, 1, 1)))
                .isEqualTo(MatchKey.of("zoe", "OBRIEN", LocalDate.of(2019, 1, 1)));
        assertThat(MatchKey.of("Anne-Marie", "Smith", LocalDate.of(2019, 1, 1)))
                .isEqualTo(MatchKey.of("Anne Marie", "Smith", LocalDate.of(2019, 1, 1)));
        assertThat(MatchKey.of("Ann", "Smith", LocalDate.of(2019, 1, 1)))
                .isNotEqualTo(MatchKey.of("Anne", "Smith", LocalDate.of(2019, 1, 1)));
    }

    private static final class InMemoryIndex implements PersonIndex {

        final Map<MatchKey, IndexedChild> children = new HashMap<>();
        IndexedChild enrolFirst;

        @Override
        public Optional<IndexedChild> find(MatchKey key) {
            return Optional.ofNullable(children.get(key));
        }

        @Override
        public IndexedChild enrol(IndexedChild child) {
            if (enrolFirst != null) {
                children.put(enrolFirst.matchKey(), enrolFirst);
                enrolFirst = null;
            }
            return children.computeIfAbsent(child.matchKey(), key -> child);
        }
    }
}
