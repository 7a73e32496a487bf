package org.frontdoor.outcomes.exports.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * An export ({@link ExportTable}) as the {@code text/csv} representation Spring MVC chooses when a handler that
 * produces it is asked for CSV: RFC 4180 (comma, CRLF records, fields with a comma, quote or line break in double
 * quotes, quotes doubled), UTF-8 without a byte-order mark, always {@code text/csv;charset=UTF-8}. Write only: the
 * service takes no CSV in.
 */
public final class CsvExportConverter extends AbstractHttpMessageConverter<ExportTable> {

    public static final String TEXT_CSV_VALUE = "text/csv";
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    public CsvExportConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    /** The file's text, exactly as it is sent. */
    public static String csv(ExportTable table) {
        StringBuilder out = new StringBuilder();
        try {
            print(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ExportTable.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected ExportTable readInternal(Class<? extends ExportTable> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    /** Whatever charset an Accept header named, the file is UTF-8, and says so. */
    @Override
    protected void addDefaultHeaders(HttpHeaders headers, ExportTable table, MediaType contentType) throws IOException {
        headers.setContentType(TEXT_CSV);
        super.addDefaultHeaders(headers, table, TEXT_CSV);
    }

    @Override
    protected void writeInternal(ExportTable table, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        print(table, writer);
        writer.flush();
    }

    private static void print(ExportTable table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(table.columns());
        for (List<String> row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
