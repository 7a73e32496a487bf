package org.frontdoor.cases.reminders.store;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead professional's work email address: {@code _id} = their pseudonymous id; who recorded it, and when. */
@Document(ContactDocument.COLLECTION)
class ContactDocument {

    static final String COLLECTION = "leadProfessionalContacts";

    @Id
    String leadProfessionalId;
    String email;
    String recordedBy;
    Instant recordedAt;
}
