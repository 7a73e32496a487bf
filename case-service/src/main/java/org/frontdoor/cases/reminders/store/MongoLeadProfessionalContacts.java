package org.frontdoor.cases.reminders.store;

import java.time.Instant;
import java.util.Optional;

import org.frontdoor.cases.reminders.domain.LeadProfessionalContacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Lead professionals' work email addresses in {@code leadProfessionalContacts}, one document each (replaced whole). */
@Component
public class MongoLeadProfessionalContacts implements LeadProfessionalContacts {

    private final MongoTemplate mongo;

    public MongoLeadProfessionalContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> emailOf(String leadProfessionalId) {
        return Optional.ofNullable(mongo.findById(leadProfessionalId, ContactDocument.class)).map(c -> c.email);
    }

    @Override
    public void record(String leadProfessionalId, String email, String recordedBy, Instant recordedAt) {
        ContactDocument document = new ContactDocument();
        document.leadProfessionalId = leadProfessionalId;
        document.email = email;
        document.recordedBy = recordedBy;
        document.recordedAt = recordedAt;
        mongo.save(document);
    }
}
