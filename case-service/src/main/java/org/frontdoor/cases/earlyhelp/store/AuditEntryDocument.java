package org.frontdoor.cases.earlyhelp.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One line of the append-only read audit: who (with which roles) read what, about which case, when. */
@Document(AuditEntryDocument.COLLECTION)
record AuditEntryDocument(@Id String id, String who, List<String> roles, String what, String caseId, Instant when) {

    static final String COLLECTION = "audit";
}
