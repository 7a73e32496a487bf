package org.frontdoor.outcomes.exports.api;

import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * An export handed back as a file to save: the table, named by {@code Content-Disposition: attachment}. Its bytes are
 * written by the representation content negotiation chose ({@link CsvExportConverter} for {@code text/csv}).
 */
public final class Downloads {

    public static ResponseEntity<ExportTable> attachment(String filename, ExportTable table) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(table);
    }

    private Downloads() {
    }
}
