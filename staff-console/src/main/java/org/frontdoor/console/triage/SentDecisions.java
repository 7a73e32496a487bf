package org.frontdoor.console.triage;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The decision forms this person sent successfully in this session: the form's {@code Idempotency-Key} → the
 * referral it decided (or proposed). The same form sent again (a refresh, Back and submit) goes straight back to the
 * referral page, saying it was not recorded twice, without calling the API; the API's own idempotency covers two
 * clicks racing. Bounded: the last 50.
 */
final class SentDecisions implements Serializable {

    private static final String ATTRIBUTE = SentDecisions.class.getName();
    private static final int KEPT = 50;

    private final LinkedHashMap<String, String> referralByKey = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    static SentDecisions of(HttpSession session) {
        SentDecisions sent = (SentDecisions) session.getAttribute(ATTRIBUTE);
        if (sent == null) {
            sent = new SentDecisions();
            session.setAttribute(ATTRIBUTE, sent);
        }
        return sent;
    }

    synchronized Optional<String> referralSentWith(String idempotencyKey) {
        return Optional.ofNullable(referralByKey.get(idempotencyKey));
    }

    synchronized void remember(String idempotencyKey, String referralId) {
        referralByKey.put(idempotencyKey, referralId);
    }
}
