package org.frontdoor.referral.access.domain;

/** The caller's role does not allow this (checked in the service, not only at the gateway). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
