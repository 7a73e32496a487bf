package org.frontdoor.cases.reminders.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.frontdoor.cases.reminders.domain.ActionsOverdue;
import org.frontdoor.cases.reminders.domain.Reminder;
import org.frontdoor.cases.reminders.domain.ReminderStatus;
import org.frontdoor.cases.reminders.domain.Reminders;
import org.frontdoor.cases.reminders.domain.ReviewDue;
import org.frontdoor.cases.reminders.domain.Worklist;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reminders in the {@code reminders} collection. A new reminder is an insert (a duplicate id: that lead
 * professional's reminder of that day is already there); a change is a save conditional on the version read
 * ({@code @Version}), so of two senders only one can move a reminder on.
 */
@Component
public class MongoReminders implements Reminders {

    private final MongoTemplate mongo;

    public MongoReminders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Reminder reminder) {
        try {
            mongo.insert(toDocument(reminder));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Reminder> update(Reminder reminder) {
        if (reminder.version() == null) {
            throw new IllegalArgumentException("Reminder " + reminder.reminderId() + " was never stored");
        }
        try {
            return Optional.of(toDomain(mongo.save(toDocument(reminder))));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Reminder> find(String reminderId) {
        return Optional.ofNullable(mongo.findById(reminderId, ReminderDocument.class)).map(MongoReminders::toDomain);
    }

    @Override
    public Set<String> remindedOn(LocalDate day) {
        Query query = Query.query(where("day").is(day.toString()));
        query.fields().include("leadProfessionalId");
        return mongo.find(query, Document.class, ReminderDocument.COLLECTION).stream()
                .map(d -> d.getString("leadProfessionalId")).collect(Collectors.toSet());
    }

    @Override
    public List<Reminder> due(Instant now, int limit) {
        Query query = Query.query(where("status").is(ReminderStatus.PENDING.name()).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        return mongo.find(query, ReminderDocument.class).stream().map(MongoReminders::toDomain).toList();
    }

    static ReminderDocument toDocument(Reminder reminder) {
        ReminderDocument document = new ReminderDocument();
        document.reminderId = reminder.reminderId();
        document.version = reminder.version();
        document.leadProfessionalId = reminder.leadProfessionalId();
        document.day = reminder.day().toString();
        document.reviewsDue = reminder.worklist().reviewsDue().stream()
                .map(r -> new ReminderDocument.Review(r.caseId(), r.due().toString())).toList();
        document.actionsOverdue = reminder.worklist().actionsOverdue().stream()
                .map(a -> new ReminderDocument.Actions(a.caseId(), a.count(), a.earliestDue().toString())).toList();
        document.status = reminder.status().name();
        document.createdAt = reminder.createdAt();
        document.attempts = reminder.attempts();
        document.nextAttemptAt = reminder.nextAttemptAt();
        document.problem = reminder.problem();
        document.notifyTried = reminder.notifyTried();
        document.notificationId = reminder.notificationId();
        document.sentAt = reminder.sentAt();
        return document;
    }

    static Reminder toDomain(ReminderDocument document) {
        Worklist worklist = new Worklist(document.leadProfessionalId,
                document.reviewsDue == null ? List.of() : document.reviewsDue.stream()
                        .map(r -> new ReviewDue(r.caseId(), LocalDate.parse(r.due()))).toList(),
                document.actionsOverdue == null ? List.of() : document.actionsOverdue.stream()
                        .map(a -> new ActionsOverdue(a.caseId(), a.count(), LocalDate.parse(a.earliestDue())))
                        .toList());
        return new Reminder(document.reminderId, document.leadProfessionalId, LocalDate.parse(document.day),
                worklist, ReminderStatus.valueOf(document.status), document.createdAt, document.attempts,
                document.nextAttemptAt, document.problem, document.notifyTried, document.notificationId,
                document.sentAt, document.version);
    }
}
