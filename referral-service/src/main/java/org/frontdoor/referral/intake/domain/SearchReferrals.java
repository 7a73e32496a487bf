package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * Finds referrals about a child, for front door staff only. The criteria must narrow the search to a child (the NHS
 * number alone, or the last name with the date of birth, or with the first name); every search is written to the audit trail with the kinds of
 * criteria used and the number of referrals shown, never the names or dates searched for.
 */
public final class SearchReferrals {

    public static final int MAX_PAGE_SIZE = 50;
    private static final int MAX_NAME_LENGTH = 100;

    private final Referrals referrals;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public SearchReferrals(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param firstName   as typed, or {@code null}
     * @param lastName    as typed
     * @param dateOfBirth an ISO date as typed, or {@code null}
     * @param nhsNumber   as typed (spaces allowed), or {@code null}
     * @throws NotPermitted when the caller is not front door staff
     * @throws InvalidSearch      when the criteria are insufficient or malformed (nothing searched, nothing audited)
     */
    public SearchResults search(String firstName, String lastName, String dateOfBirth, int page, int size, Actor caller) {
        return search(firstName, lastName, dateOfBirth, null, page, size, caller);
    }

    public SearchResults search(String firstName, String lastName, String dateOfBirth, String nhsNumber, int page,
                                int size, Actor caller) {
        if (!caller.maySearchReferrals()) {
            throw new NotPermitted("Only front door staff search referrals");
        }
        SearchCriteria criteria = criteria(firstName, lastName, dateOfBirth, nhsNumber, page, size);
        SearchResults results = referrals.search(criteria, page, size);
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.SEARCH_REFERRALS, null,
                clock.instant(), criteria.kinds(), results.referrals().size(), results.recordIds(), null));
        return results;
    }

    static SearchCriteria criteria(String firstName, String lastName, String dateOfBirth, int page, int size) {
        return criteria(firstName, lastName, dateOfBirth, null, page, size);
    }

    static SearchCriteria criteria(String firstName, String lastName, String dateOfBirth, String nhsNumber, int page,
                                   int size) {
        List<RuleViolation> violations = new ArrayList<>();
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            NhsNumber number = NhsNumber.parse(nhsNumber.strip()).orElse(null);
            if (number == null) {
                violations.add(new RuleViolation("nhsNumber",
                        "must be a valid NHS number: 10 digits whose last is the modulus-11 check digit"));
            }
            if ((firstName != null && !firstName.isBlank()) || (lastName != null && !lastName.isBlank())
                    || (dateOfBirth != null && !dateOfBirth.isBlank())) {
                violations.add(new RuleViolation("nhsNumber", "search by the NHS number alone, or by names and date of birth"));
            }
            pageAndSize(page, size, violations);
            if (!violations.isEmpty()) {
                throw new InvalidSearch(violations);
            }
            return SearchCriteria.byNhsNumber(number.value());
        }
        String last = name("lastName", lastName, violations);
        String first = name("firstName", firstName, violations);
        LocalDate born = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                born = LocalDate.parse(dateOfBirth.strip());
            } catch (DateTimeParseException e) {
                violations.add(new RuleViolation("dateOfBirth", "must be an ISO-8601 date, e.g. 2019-04-01"));
            }
        }
        if (lastName == null || lastName.isBlank()) {
            violations.add(new RuleViolation("lastName", "is required"));
        }
        if ((firstName == null || firstName.isBlank()) && (dateOfBirth == null || dateOfBirth.isBlank())) {
            violations.add(new RuleViolation("dateOfBirth",
                    "give the date of birth or the first name as well as the last name"));
        }
        pageAndSize(page, size, violations);
        if (!violations.isEmpty()) {
            throw new InvalidSearch(violations);
        }
        return new SearchCriteria(first, last, born, null);
    }

    static void pageAndSize(int page, int size, List<RuleViolation> violations) {
        if (page < 0) {
            violations.add(new RuleViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new RuleViolation("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
    }

    /** The name normalised like the person index, or {@code null} when not given. */
    private static String name(String field, String typed, List<RuleViolation> violations) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_NAME_LENGTH) {
            violations.add(new RuleViolation(field, "must be at most " + MAX_NAME_LENGTH + " characters"));
            return null;
        }
        String normalised = MatchKey.normalise(typed);
        if (normalised.isEmpty()) {
            violations.add(new RuleViolation(field, "must contain a letter or a digit"));
            return null;
        }
        return normalised;
    }
}
