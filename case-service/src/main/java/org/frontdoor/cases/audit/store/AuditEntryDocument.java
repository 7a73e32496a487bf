package org.frontdoor.cases.audit.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the insert-only read audit: who (with which roles) read what, about which case or child, when, and
 * the break-glass reason if the read was allowed by one. The type alias is the {@code _class} this document was
 * written with before the audit became a feature of its own, so entries are stored exactly as before.
 */
@Document(AuditEntryDocument.COLLECTION)
@TypeAlias("org.frontdoor.cases.earlyhelp.store.AuditEntryDocument")
record AuditEntryDocument(@Id String id, String who, List<String> roles, String what, String caseId, String childId,
                          Instant when, String breakGlassReason) {

    static final String COLLECTION = "audit";
}
