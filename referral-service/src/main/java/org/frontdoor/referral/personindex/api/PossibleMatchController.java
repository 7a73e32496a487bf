package org.frontdoor.referral.personindex.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.api.SignedIn;
import org.frontdoor.referral.personindex.domain.IndexedPerson;
import org.frontdoor.referral.personindex.domain.PossibleMatch;
import org.frontdoor.referral.personindex.domain.PossibleMatches;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/person-index/possible-matches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Person index", description = "Possible matches for a triage worker to confirm or reject")
@SecurityRequirement(name = "bearer")
class PossibleMatchController {

    private final PossibleMatches possibleMatches;

    PossibleMatchController(PossibleMatches possibleMatches) {
        this.possibleMatches = possibleMatches;
    }

    @Operation(summary = "List possible matches (triage workers and managers)",
            description = "Newest first; status OPEN (default), CONFIRMED or REJECTED. Audited.")
    @GetMapping
    Page list(@RequestParam(defaultValue = "OPEN") PossibleMatch.Status status,
              @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "20") int size,
              Authentication authentication) {
        PossibleMatches.Page found = possibleMatches.list(status, page, size, caller(authentication));
        return new Page(found.matches().stream().map(MatchView::of).toList(), found.page(), found.size(), found.total());
    }

    @Operation(summary = "Confirm: the later entry is the earlier person",
            description = "From now on referrals of this person carry the earlier childId/adultId and familyId;"
                    + " referrals already stored keep theirs. 409 when already decided. Audited.")
    @PostMapping("/{matchId}/confirmation")
    MatchView confirm(@PathVariable String matchId, Authentication authentication) {
        return MatchView.of(possibleMatches.confirm(matchId, caller(authentication)));
    }

    @Operation(summary = "Reject: they are different people", description = "409 when already decided. Audited.")
    @PostMapping("/{matchId}/rejection")
    MatchView reject(@PathVariable String matchId, Authentication authentication) {
        return MatchView.of(possibleMatches.reject(matchId, caller(authentication)));
    }

    record Page(List<MatchView> matches, int page, int size, long total) {
    }

    record PersonView(String personId, String firstName, String lastName, LocalDate dateOfBirth, String postcode,
                      String nhsNumber, String familyId) {

        static PersonView of(IndexedPerson person) {
            return person == null ? null : new PersonView(person.personId(), person.firstName(), person.lastName(),
                    person.key().dateOfBirth(), person.key().postcode(), person.key().nhsNumber(), person.familyId());
        }
    }

    /** @param person the later entry; {@code earlier} the one it may be */
    record MatchView(String matchId, String kind, String strength, String status, String referralId, Instant foundAt,
                     PersonView person, PersonView earlier, String decidedBy, Instant decidedAt) {

        static MatchView of(PossibleMatches.ForReview review) {
            PossibleMatch match = review.match();
            return new MatchView(match.matchId(), match.kind().name(), match.strength().name(), match.status().name(),
                    match.referralId(), match.foundAt(), PersonView.of(review.person()), PersonView.of(review.earlier()),
                    match.decidedBy(), match.decidedAt());
        }
    }

    private static Actor caller(Authentication authentication) {
        return SignedIn.of(authentication);
    }
}
