package org.frontdoor.cases.earlyhelp.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the insert-only read audit: who (with which roles) read what, about which case or child, when, and
 * the break-glass reason if the read was allowed by one.
 */
@Document(AuditEntryDocument.COLLECTION)
record AuditEntryDocument(@Id String id, String who, List<String> roles, String what, String caseId, String childId,
                          Instant when, String breakGlassReason) {

    static final String COLLECTION = "audit";
}
