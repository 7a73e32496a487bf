package org.frontdoor.cases.reminders.api;

import jakarta.validation.Valid;

import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.reminders.domain.WorkEmails;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead professional's work email address, where their daily reminder goes: recorded by the lead professional
 * (the token's subject is the id) or a triage manager ({@link WorkEmails}). A PUT replaces the whole contact, so a
 * repeat (with or without the same {@code Idempotency-Key}) stores the same and answers the same; an invalid id or
 * address is 400 problem+json, someone else's id 403, and nothing is stored either way.
 */
@RestController
@RequestMapping("/api/cases/lead-professionals")
class LeadProfessionalContactController {

    private final WorkEmails workEmails;

    LeadProfessionalContactController(WorkEmails workEmails) {
        this.workEmails = workEmails;
    }

    @PutMapping("/{leadProfessionalId}/contact")
    ContactView record(@PathVariable String leadProfessionalId, @Valid @RequestBody ContactRequest request,
                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                       Authentication who) {
        String stored = workEmails.record(SignedIn.actor(who), leadProfessionalId, request.email());
        return new ContactView(leadProfessionalId, stored);
    }
}
