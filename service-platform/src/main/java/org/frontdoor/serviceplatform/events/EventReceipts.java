package org.frontdoor.serviceplatform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * One log line for every event a consumer takes: which service, which event (CloudEvents type and id) and where it
 * was on the log — never its payload. It is written inside the listener's observation, so it carries the trace id
 * of the request that caused the event: an operator can follow one contact officer's request across services.
 */
public class EventReceipts implements RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(EventReceipts.class);

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        if (log.isInfoEnabled()) {
            log.info("{} received {} {} from {}-{}@{}", group(consumer), header(record, "ce_type"),
                    header(record, "ce_id"), record.topic(), record.partition(), record.offset());
        }
        return record;
    }

    private static String group(Consumer<?, ?> consumer) {
        try {
            return consumer.groupMetadata().groupId();
        } catch (RuntimeException noGroup) {
            return "a consumer";
        }
    }

    /** A header's value, cut to 100 printable characters: a hostile producer's header is not written to the log. */
    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return "(no " + name + ")";
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        return value.length() > 100 || !value.chars().allMatch(c -> c >= 0x21 && c < 0x7f) ? "(unprintable " + name + ")"
                : value;
    }
}
