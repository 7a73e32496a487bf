package org.frontdoor.outcomes.exports.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class CsvExportConverterTest {

    private static final ExportTable TABLE = new ExportTable(List.of("Team", "Note"),
            List.of(List.of("Early Help, North", "said \"urgent\""), List.of("Tîm Cymorth Cynnar", "")));

    private final CsvExportConverter converter = new CsvExportConverter();

    @Test
    void writesRfc4180InUtf8WithoutAByteOrderMarkAndSaysSo() throws Exception {
        MockHttpOutputMessage message = new MockHttpOutputMessage();

        converter.write(TABLE, MediaType.parseMediaType("text/csv;charset=ISO-8859-1"), message);

        byte[] body = message.getBodyAsBytes();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(
                "Team,Note\r\n\"Early Help, North\",\"said \"\"urgent\"\"\"\r\nTîm Cymorth Cynnar,\r\n");
        assertThat(body[0]).isEqualTo((byte) 'T');
        assertThat(message.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(CsvExportConverter.csv(TABLE)).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void writesOnlyExportsAsCsvAndReadsNothing() {
        assertThat(converter.canWrite(ExportTable.class, MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(converter.canWrite(ExportTable.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canWrite(String.class, MediaType.parseMediaType("text/csv"))).isFalse();
        assertThat(converter.canRead(ExportTable.class, MediaType.parseMediaType("text/csv"))).isFalse();
    }
}
