package org.frontdoor.demodata;

/**
 * Generates a county's front door history as the services' own events: {@code ReferralReceived} and friends from
 * referral-service, claims and decisions from triage-service, bookings and outcomes from consultation-service, early
 * help cases and the social care closure feed from case-service — with their topics, keys, sources and, where a
 * service derives an id (case-service's case id from the referral), the same id.
 *
 * <pre>{@code
 * DemoEvents year = DemoDataGenerator.generate(DemoDataSettings.countyYearEnding(yesterday));
 * for (OutboxMessage message : year) { producer.send(message.toProducerRecord()); }
 * }</pre>
 */
public final class DemoDataGenerator {

    private DemoDataGenerator() {
    }

    public static DemoEvents generate(DemoDataSettings settings) {
        return new CountyHistory(settings).run();
    }
}
