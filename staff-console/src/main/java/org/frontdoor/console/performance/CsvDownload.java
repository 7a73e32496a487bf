package org.frontdoor.console.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.ObjectMapper;

/**
 * A CSV file of outcomes-service (the scorecard, an Annex A list), fetched with the person's own token and passed on
 * to the browser as it arrives, byte for byte: the console never changes the data, and never holds the whole file.
 * Saved, not shown ({@code Content-Disposition: attachment}), under outcomes-service's own file name when it gives
 * a plain one. outcomes-service records every such export (who, which list, when) before it answers.
 */
final class CsvDownload {

    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}\\.csv");

    private CsvDownload() {
    }

    static void pass(RestClient gateway, String uri, String fallbackName, ObjectMapper json,
                     HttpServletResponse response) {
        gateway.get().uri(uri)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange((request, answer) -> {
                    if (answer.getStatusCode().isError()) {
                        throw GatewayProblem.of(answer, json);
                    }
                    MediaType type = answer.getHeaders().getContentType();
                    response.setContentType(type != null && "text".equals(type.getType()) && "csv".equals(type.getSubtype())
                            ? type.toString() : TEXT_CSV);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), fallbackName))
                            .build().toString());
                    long length = answer.getHeaders().getContentLength();
                    if (length >= 0) {
                        response.setContentLengthLong(length);
                    }
                    try (InputStream csv = answer.getBody(); OutputStream out = response.getOutputStream()) {
                        csv.transferTo(out);
                    } catch (IOException e) {
                        throw new IllegalStateException("the file could not be passed on", e);
                    }
                    return null;
                });
    }

    /** outcomes-service's file name ({@code scorecard_2026-11-01_2026-12-01.csv}) when it is a plain one, else ours. */
    static String fileName(String disposition, String fallback) {
        if (disposition == null || disposition.isBlank()) {
            return fallback;
        }
        try {
            String name = ContentDisposition.parse(disposition).getFilename();
            return name != null && PLAIN_NAME.matcher(name).matches() ? name : fallback;
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }
}
