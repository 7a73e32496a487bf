package org.frontdoor.cases.reminders.domain;

import java.time.Instant;
import java.util.Optional;

/** Lead professionals' work email addresses, for their reminders. */
public interface LeadProfessionalContacts {

    Optional<String> emailOf(String leadProfessionalId);

    /** Records (or replaces) the address; the same address again changes nothing but the time. */
    void record(String leadProfessionalId, String email, String recordedBy, Instant recordedAt);
}
