package org.frontdoor.cases.reminders.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;

/**
 * Recording a lead professional's work email address, where their reminders go. The lead professional records
 * their own (the token's subject is their id), a triage manager anyone's. The request is checked first (an invalid
 * id or address is refused whoever asks), then who asks; nothing is stored when either refuses. Recording the same
 * address again changes nothing (the request is idempotent by nature: a PUT of the whole contact).
 */
public final class WorkEmails {

    /** An address GOV.UK Notify will take: one {@code @}, no spaces, a domain with a dot; at most 254 characters. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final LeadProfessionalContacts contacts;
    private final Clock clock;

    public WorkEmails(LeadProfessionalContacts contacts, Clock clock) {
        this.contacts = Objects.requireNonNull(contacts);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @return the address as stored (stripped, its domain in lower case) */
    public String record(Actor actor, String leadProfessionalId, String email) {
        if (!LeadProfessional.isProfessionalId(leadProfessionalId)) {
            throw new InvalidCaseChange("leadProfessionalId", "a lead professional's id " + LeadProfessional.ID_RULE);
        }
        String address = normalised(email);
        if (!actor.has(Role.TRIAGE_MANAGER) && !actor.id().equals(leadProfessionalId)) {
            throw new NotPermitted("A lead professional records their own email address; a triage manager anyone's");
        }
        contacts.record(leadProfessionalId, address, actor.id(), clock.instant());
        return address;
    }

    static String normalised(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidCaseChange("email", "must be the lead professional's work email address");
        }
        String stripped = email.strip();
        if (stripped.length() > 254 || !EMAIL.matcher(stripped).matches() || stripped.contains("..")
                || stripped.startsWith(".") || stripped.contains(".@")) {
            throw new InvalidCaseChange("email", "must be an email address such as name@council.gov.uk");
        }
        int at = stripped.indexOf('@');
        return stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
