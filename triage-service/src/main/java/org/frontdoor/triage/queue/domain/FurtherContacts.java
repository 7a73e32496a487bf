package org.frontdoor.triage.queue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.frontdoor.triage.decision.domain.ConsentDoesNotAllowRoute;
import org.frontdoor.triage.decision.domain.Route;

/** Further contacts about the same child, shown and decided with a referral, in the order they came. */
public record FurtherContacts(List<Referral> contacts) {

    public FurtherContacts {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public List<String> referralIds() {
        return contacts.stream().map(Referral::referralId).toList();
    }

    /** With {@code contact} added; empty when it is already here. */
    Optional<FurtherContacts> with(Referral contact) {
        if (contacts.stream().anyMatch(known -> known.referralId().equals(contact.referralId()))) {
            return Optional.empty();
        }
        List<Referral> more = new ArrayList<>(contacts);
        more.add(contact);
        return Optional.of(new FurtherContacts(more));
    }

    Referral get(String contactId, String referralId) {
        return contacts.stream().filter(contact -> contact.referralId().equals(contactId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No further contact " + contactId + " on " + referralId));
    }

    /** @throws ConsentDoesNotAllowRoute when the consent on one of them rules the route out */
    void checkConsent(Route route) {
        for (Referral contact : contacts) {
            ConsentDoesNotAllowRoute.check(contact.referralId(), contact.consent(), route);
        }
    }
}
