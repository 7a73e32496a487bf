package org.frontdoor.outcomes.audit.store;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Append-only: {@code insert} (a repeated id fails on the key rather than overwriting), never save, update or remove.
 * Each entry also counts in {@code frontdoor.outcomes.exports}, tagged with the export's name only.
 */
@Component
class MongoExportAudit implements ExportAudit {

    static final String EXPORTS_METER = "frontdoor.outcomes.exports";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    MongoExportAudit(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    @Override
    public void append(ExportRecord record) {
        mongo.insert(new ExportAuditDocument(record.id(), record.exportedAt(), record.subject(), record.roles(),
                record.export(), record.from(), record.to(), record.rows()));
        meters.counter(EXPORTS_METER, "export", record.export()).increment();
    }

    @Override
    public List<ExportRecord> latest(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "exportedAt", "_id")).limit(limit);
        return mongo.find(query, ExportAuditDocument.class).stream()
                .map(document -> new ExportRecord(document.id(), document.exportedAt(), document.subject(),
                        document.roles() == null ? List.of() : document.roles(), document.export(), document.from(),
                        document.to(), document.rows()))
                .toList();
    }
}
