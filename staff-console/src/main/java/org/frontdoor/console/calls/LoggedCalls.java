package org.frontdoor.console.calls;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The calls this person logged in this session: the form's {@code Idempotency-Key} → the referral it made. A form
 * sent again (a refresh, Back and submit) goes straight to its confirmation; the confirmation page shows only a
 * referral logged in this session. The API's own idempotency covers what this does not (two clicks racing, another
 * session). Bounded: the last 50 calls.
 */
final class LoggedCalls implements Serializable {

    private static final String ATTRIBUTE = LoggedCalls.class.getName();
    private static final int KEPT = 50;

    private final LinkedHashMap<String, String> referralByKey = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    static LoggedCalls of(HttpSession session) {
        LoggedCalls calls = (LoggedCalls) session.getAttribute(ATTRIBUTE);
        if (calls == null) {
            calls = new LoggedCalls();
            session.setAttribute(ATTRIBUTE, calls);
        }
        return calls;
    }

    synchronized Optional<String> referralLoggedWith(String idempotencyKey) {
        return Optional.ofNullable(referralByKey.get(idempotencyKey));
    }

    synchronized boolean logged(String referralId) {
        return referralByKey.containsValue(referralId);
    }

    synchronized void remember(String idempotencyKey, String referralId) {
        referralByKey.put(idempotencyKey, referralId);
    }
}
