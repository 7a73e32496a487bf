package org.frontdoor.console.calls;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.console.forms.FormErrors;

/**
 * Children already known to the front door who may be the child being typed on Log a call, from referral-service's
 * search of earlier referrals ({@code GET /api/referrals}: contact officers may use it; referral-service audits every
 * search with the kinds of criteria, never the values). Each child there carries the person index's id
 * ({@code childId}), so a child on several earlier referrals is one match.
 *
 * <p>The API needs the last name with the date of birth, or with the first name. With a whole date of birth the
 * console searches by the last name and the date (a first name spelt differently, or a sibling born the same day,
 * still shows); without one, by both names (a date typed wrongly still shows). Names are compared as the person
 * index compares them: accents, case and anything but letters and digits ignored.
 */
final class PersonMatches {

    static final int MOST_SHOWN = 10;
    /** The API's largest page: the newest 50 referrals about the name. */
    static final int PAGE_SIZE = 50;
    private static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private PersonMatches() {
    }

    /** What is searched for: the normalised names and the date, never logged, never in an address of the console. */
    record Criteria(String firstName, String lastName, LocalDate dateOfBirth) {

        /** The query parameters of {@code GET /api/referrals}, as typed (stripped): the API normalises them itself. */
        Map<String, String> query(String typedFirstName, String typedLastName) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("lastName", typedLastName.strip());
            if (dateOfBirth != null) {
                query.put("dateOfBirth", dateOfBirth.toString());
            } else {
                query.put("firstName", typedFirstName.strip());
            }
            return query;
        }

        boolean fits(KnownChild child) {
            if (!normalise(child.lastName()).equals(lastName)) {
                return false;
            }
            return dateOfBirth != null ? dateOfBirth.equals(child.dateOfBirth())
                    : normalise(child.firstName()).equals(firstName);
        }
    }

    /**
     * The criteria, or nothing when what is typed is not yet enough to look for anyone (a last name of at least two
     * letters, and a whole date of birth or a first name).
     */
    static Optional<Criteria> criteria(String firstName, String lastName, CallForm.DateTime dateOfBirth) {
        String last = normalise(lastName);
        String first = normalise(firstName);
        if (last.length() < 2 || lastName.length() > 100 || (firstName != null && firstName.length() > 100)) {
            return Optional.empty();
        }
        LocalDate born = ReferralPayload.date(dateOfBirth, "dateOfBirth", "Date of birth", new FormErrors());
        if (born != null && born.getYear() >= 1900) {
            return Optional.of(new Criteria(first, last, born));
        }
        return first.isEmpty() ? Optional.empty() : Optional.of(new Criteria(first, last, null));
    }

    /** As the person index normalises a name ({@code MatchKey.normalise} in referral-service). */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** {@code GET /api/referrals}'s answer, as far as the matches need it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchResults(List<Summary> referrals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String referralId, String status, Instant receivedAt, List<KnownChild> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KnownChild(String childId, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    /**
     * A child who may be the one on the call: how the front door recorded them (the latest referral's spelling),
     * and how many earlier referrals were about them.
     */
    record Match(String childId, String firstName, String lastName, LocalDate dateOfBirth, int referrals,
                 Instant latestReceivedAt, String latestStatus) {

        String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** The children of the answer who fit the criteria (siblings on the same referrals do not), one per child id. */
    static List<Match> of(SearchResults results, Criteria criteria) {
        Map<String, List<Seen>> byChild = new LinkedHashMap<>();
        if (results != null && results.referrals() != null) {
            for (Summary referral : results.referrals()) {
                if (referral == null || referral.children() == null) {
                    continue;
                }
                for (KnownChild child : referral.children()) {
                    if (child != null && child.childId() != null && CHILD_ID.matcher(child.childId()).matches()
                            && criteria.fits(child)) {
                        byChild.computeIfAbsent(child.childId(), id -> new ArrayList<>()).add(new Seen(referral, child));
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        byChild.forEach((childId, seen) -> {
            Seen latest = seen.stream().max(Comparator.comparing(Seen::receivedAt)).orElseThrow();
            matches.add(new Match(childId, latest.child().firstName(), latest.child().lastName(),
                    latest.child().dateOfBirth(), (int) seen.stream().map(s -> s.referral().referralId()).distinct().count(),
                    latest.referral().receivedAt(), latest.referral().status()));
        });
        matches.sort(Comparator.comparing(Match::latestReceivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return matches.size() > MOST_SHOWN ? List.copyOf(matches.subList(0, MOST_SHOWN)) : List.copyOf(matches);
    }

    private record Seen(Summary referral, KnownChild child) {

        Instant receivedAt() {
            return referral.receivedAt() == null ? Instant.EPOCH : referral.receivedAt();
        }
    }
}
