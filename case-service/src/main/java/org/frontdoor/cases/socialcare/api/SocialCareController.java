package org.frontdoor.cases.socialcare.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.earlyhelp.api.IdempotencyKeys;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.cases.socialcare.domain.EpisodeClosure;
import org.frontdoor.cases.socialcare.domain.RecordSocialCareFeed;
import org.frontdoor.cases.socialcare.domain.SocialCareClosureReason;
import org.frontdoor.cases.socialcare.domain.StepDown;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed from the statutory case system (role {@code SOCIAL_CARE_SYSTEM}, or {@code ADMIN}): social care episode
 * closures and step-downs to early help. Each is published on {@code earlyhelp.cases.v1} through its outbox.
 */
@RestController
@RequestMapping("/api/cases")
class SocialCareController {

    private static final String ID_RULE = "must be a pseudonymous id (1 to 64 letters, digits, '.', '_', ':' or '-')";

    private final RecordSocialCareFeed feed;

    SocialCareController(RecordSocialCareFeed feed) {
        this.feed = feed;
    }

    /** @param reasonCode the CIN census reason for closure, RC1 to RC9 */
    record EpisodeClosureRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String episodeId,
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String childId,
            @NotNull LocalDate closedOn,
            @NotNull SocialCareClosureReason reasonCode) {
    }

    record EpisodeClosureView(String episodeId, String childId, LocalDate closedOn, SocialCareClosureReason reasonCode,
                              Instant recordedAt) {
        static EpisodeClosureView of(EpisodeClosure c) {
            return new EpisodeClosureView(c.episodeId(), c.childId(), c.closedOn(), c.reason(), c.recordedAt());
        }
    }

    /** @param familyId optional; @param episodeId optional: the episode the child was stepped down from */
    record StepDownRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String childId,
            @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String familyId,
            @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String episodeId) {
    }

    record StepDownView(String stepDownId, String childId, String familyId, String episodeId, Instant receivedAt) {
        static StepDownView of(StepDown s) {
            return new StepDownView(s.stepDownId(), s.childId(), s.familyId(), s.episodeId(), s.receivedAt());
        }
    }

    /** 201 when recorded; the same closure sent again answers 201 with the one recorded; a different one is 409. */
    @PostMapping("/social-care/closures")
    ResponseEntity<EpisodeClosureView> episodeClosed(@Valid @RequestBody EpisodeClosureRequest request,
                                                     @RequestHeader(name = RequestKey.HEADER, required = false)
                                                     String key,
                                                     Authentication who) {
        RecordSocialCareFeed.Recorded<EpisodeClosure> recorded = feed.episodeClosed(SignedIn.actor(who),
                request.episodeId(), request.childId(), request.closedOn(), request.reasonCode(),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/social-care/closures", request));
        return ResponseEntity.created(URI.create("/api/cases/social-care/closures/" + request.episodeId()))
                .body(EpisodeClosureView.of(recorded.record()));
    }

    @PostMapping("/step-downs")
    ResponseEntity<StepDownView> steppedDown(@Valid @RequestBody StepDownRequest request,
                                             @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                                             Authentication who) {
        RecordSocialCareFeed.Recorded<StepDown> recorded = feed.steppedDown(SignedIn.actor(who), request.childId(),
                request.familyId(), request.episodeId(),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/step-downs", request));
        return ResponseEntity.created(URI.create("/api/cases/step-downs/" + recorded.record().stepDownId()))
                .body(StepDownView.of(recorded.record()));
    }
}
