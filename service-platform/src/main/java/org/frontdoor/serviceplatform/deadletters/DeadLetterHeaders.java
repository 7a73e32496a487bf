package org.frontdoor.serviceplatform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * What spring-kafka's {@code DeadLetterPublishingRecoverer} writes on a dead letter, read back. The recoverer is
 * handed the listener container's wrapper ({@code ListenerExecutionFailedException}, and for a batch listener the
 * {@code BatchListenerFailedException} inside it), so the exception class and the reason an administrator needs are
 * the first exception of the chain that is not one of those wrappers.
 */
final class DeadLetterHeaders {

    static final String PREFIX = "kafka_dlt-";

    private static final Set<String> CONTAINER_WRAPPERS = Set.of(
            "org.springframework.kafka.listener.ListenerExecutionFailedException",
            "org.springframework.kafka.listener.BatchListenerFailedException",
            "org.springframework.kafka.listener.TimestampedException");
    private static final String CAUSED_BY = "Caused by: ";
    /** How the recoverer joins the wrapper's message and its cause's. */
    private static final String MESSAGE_JOIN = "; ";

    private DeadLetterHeaders() {
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The recoverer writes the original partition as 4 bytes, offsets and timestamps as 8. */
    static Optional<Number> number(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(header.value());
        return switch (header.value().length) {
            case Integer.BYTES -> Optional.of(bytes.getInt());
            case Long.BYTES -> Optional.of(bytes.getLong());
            default -> Optional.empty();
        };
    }

    /**
     * The first exception of the chain that is not a container wrapper, read from the stack trace's
     * {@code Caused by:} lines; without a stack trace, the recoverer's cause (or thrown) class.
     */
    static String exceptionClass(Headers headers) {
        String thrown = text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN);
        String stackTrace = text(headers, KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
        if (thrown != null && stackTrace != null) {
            String current = thrown;
            for (String line : stackTrace.split("\\R")) {
                if (!CONTAINER_WRAPPERS.contains(current)) {
                    return current;
                }
                if (line.startsWith(CAUSED_BY)) {
                    current = className(line.substring(CAUSED_BY.length()));
                }
            }
            return current;
        }
        String cause = text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return cause != null ? cause : thrown;
    }

    /** The failure's message without the container wrapper's own words, at most {@code length} characters. */
    static String reason(Headers headers, int length) {
        String message = text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        if (message == null) {
            return null;
        }
        String thrown = text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN);
        int join = message.indexOf(MESSAGE_JOIN);
        if (CONTAINER_WRAPPERS.contains(thrown) && join >= 0) {
            message = message.substring(join + MESSAGE_JOIN.length());
        }
        return message.length() <= length ? message : message.substring(0, length);
    }

    private static String className(String throwableLine) {
        int colon = throwableLine.indexOf(':');
        return (colon < 0 ? throwableLine : throwableLine.substring(0, colon)).strip();
    }
}
