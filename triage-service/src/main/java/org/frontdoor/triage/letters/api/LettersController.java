package org.frontdoor.triage.letters.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.frontdoor.triage.access.domain.BreakGlass;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.frontdoor.triage.letters.domain.LetterReader;
import org.frontdoor.triage.letters.domain.OutcomeLetter;
import org.frontdoor.triage.access.api.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcome letters of a referral, and each letter's PDF. Triage staff read every letter; a partner system
 * reads only the letters of referrals it posted (404 otherwise); an administrator reads them by break glass only
 * ({@code X-Break-Glass-Reason}). Every read is written to the audit trail.
 */
@RestController
class LettersController {

    private final LetterDesk desk;

    LettersController(LetterDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/triage/{referralId}/letters")
    List<LetterSummary> letters(@PathVariable String referralId,
                                @RequestHeader(name = SignedIn.BREAK_GLASS_REASON, required = false) String breakGlass,
                                JwtAuthenticationToken token) {
        return desk.lettersOf(referralId, reader(token, breakGlass)).stream().map(LetterSummary::of).toList();
    }

    @GetMapping(value = "/api/triage/letters/{letterId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String letterId,
                                  @RequestHeader(name = SignedIn.BREAK_GLASS_REASON, required = false) String breakGlass,
                                  JwtAuthenticationToken token) {
        OutcomeLetter letter = desk.letterToRead(letterId, reader(token, breakGlass));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("outcome-letter-" + letter.letterId() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }

    private static LetterReader reader(JwtAuthenticationToken token, String breakGlass) {
        Set<String> roles = SignedIn.roles(token);
        return new LetterReader(token.getName(), roles, token.getToken().getClaimAsString("partner_id"),
                BreakGlass.reasonToAudit(roles, LetterReader.CASEWORK_ROLES, breakGlass));
    }

    /**
     * A letter in a referral's list.
     *
     * @param channel {@code EMAIL} or {@code POST} once the letter is written; {@code null} before and when it cannot be sent
     * @param problem why the letter is waiting, failed or was not sent (no personal data)
     */
    record LetterSummary(String id, String decisionId, String status, String channel, boolean revisedDecision,
                         Instant createdAt, Instant sentAt, String problem, boolean downloadable) {

        static LetterSummary of(OutcomeLetter letter) {
            return new LetterSummary(letter.letterId(), letter.decisionId(), letter.status().name(),
                    letter.channel() == null ? null : letter.channel().name(), letter.decision().isRevision(),
                    letter.createdAt(), letter.sentAt(), letter.problem(), letter.hasPdf());
        }
    }
}
