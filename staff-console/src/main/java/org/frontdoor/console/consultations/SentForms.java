package org.frontdoor.console.consultations;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The forms this person sent successfully in this session: the form's key → what it made (a consultation, a slot).
 * The same form sent again (a refresh, Back and submit) goes straight to what it made, saying it was not done twice,
 * without calling the API. For bookings, consultation-service's own {@code Idempotency-Key} covers what this does
 * not (two clicks racing, another session); publishing a slot has no key in the API, and a second slot at the same
 * time would be refused as overlapping. Bounded: the last 50 of each. ("My consultations" is the API's list, not this.)
 */
final class SentForms implements Serializable {

    private static final String BOOKINGS = SentForms.class.getName() + ".bookings";
    private static final String PUBLICATIONS = SentForms.class.getName() + ".publications";
    private static final int KEPT = 50;

    private final LinkedHashMap<String, String> madeByKey = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The consultations booked in this session, by the booking form's key. */
    static SentForms bookings(HttpSession session) {
        return of(session, BOOKINGS);
    }

    /** The slots published in this session, by the publishing form's key. */
    static SentForms publications(HttpSession session) {
        return of(session, PUBLICATIONS);
    }

    private static SentForms of(HttpSession session, String attribute) {
        SentForms sent = (SentForms) session.getAttribute(attribute);
        if (sent == null) {
            sent = new SentForms();
            session.setAttribute(attribute, sent);
        }
        return sent;
    }

    synchronized Optional<String> madeWith(String key) {
        return Optional.ofNullable(madeByKey.get(key));
    }

    synchronized void remember(String key, String id) {
        madeByKey.put(key, id);
    }
}
