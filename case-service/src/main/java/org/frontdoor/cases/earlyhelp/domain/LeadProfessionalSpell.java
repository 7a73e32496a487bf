package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A lead professional's time on a case: from their allocation until the case was reallocated to someone else
 * ({@code to} is {@code null} for the present lead professional). Closing and reopening a case does not end it.
 *
 * @param allocatedBy  who allocated them, or {@code null} when that was not recorded (allocations before the history)
 * @param handoverNote the note handed over to them on a reallocation, or {@code null}
 */
public record LeadProfessionalSpell(String leadProfessionalId, Agency agency, Instant from, Instant to,
                                    String allocatedBy, String handoverNote) {

    public LeadProfessionalSpell {
        Objects.requireNonNull(leadProfessionalId, "leadProfessionalId");
        Objects.requireNonNull(from, "from");
    }

    /**
     * The spells of a case, oldest first: each allocation runs until the next. A case allocated before allocations
     * were kept has its present lead professional as its one spell (who allocated them unknown).
     */
    static List<LeadProfessionalSpell> of(List<Allocation> allocations, LeadProfessional present) {
        if (allocations.isEmpty()) {
            return present == null ? List.of() : List.of(new LeadProfessionalSpell(present.professionalId(),
                    present.agency(), present.allocatedAt(), null, null, null));
        }
        List<LeadProfessionalSpell> spells = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            Instant to = i + 1 < allocations.size() ? allocations.get(i + 1).allocatedAt() : null;
            spells.add(new LeadProfessionalSpell(a.leadProfessionalId(), a.agency(), a.allocatedAt(), to,
                    a.allocatedBy(), a.handoverNote()));
        }
        return List.copyOf(spells);
    }
}
