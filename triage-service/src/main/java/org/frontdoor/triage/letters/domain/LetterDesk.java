package org.frontdoor.triage.letters.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.authority.domain.AuthorityProfile;

/**
 * The outcome letters to referrers: one letter per decision event, stored before anything is sent, then prepared
 * and sent through GOV.UK Notify by {@link #sendDue()}, which a scheduler calls.
 * <p>
 * A letter is worked on only while {@link LetterStatus#PENDING}, and only by the sender that moved its next-attempt
 * time forward (a lease in one conditional update). Every change is a conditional update on the version read, so
 * a letter is marked sent once, with Notify's notification id. If the outcome of a request to Notify is unknown
 * (a crash, a timeout, a 5xx after Notify may have accepted it), Notify is asked for the letter's reference before
 * anything is sent again.
 */
public class LetterDesk {

    /** How long a sender holds a letter it is working on before another may take it over. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 20;

    private final OutcomeLetters letters;
    private final Referrers referrers;
    private final DecisionRationales rationales;
    private final DecisionsMadeHere madeHere;
    private final LetterRenderer renderer;
    private final GovUkNotify notify;
    private final LetterMeasures measures;
    private final ReferralPartners partners;
    private final AuditTrail audit;
    private final RetrySchedule retries;
    private final AuthorityProfile authority;
    private final Clock clock;

    public LetterDesk(OutcomeLetters letters, Referrers referrers, DecisionRationales rationales,
                      DecisionsMadeHere madeHere, LetterRenderer renderer, GovUkNotify notify, LetterMeasures measures,
                      ReferralPartners partners, AuditTrail audit, RetrySchedule retries, AuthorityProfile authority,
                      Clock clock) {
        this.letters = letters;
        this.referrers = referrers;
        this.rationales = rationales;
        this.madeHere = madeHere;
        this.renderer = renderer;
        this.notify = notify;
        this.measures = measures;
        this.partners = partners;
        this.audit = audit;
        this.retries = retries;
        this.authority = authority;
        this.clock = clock;
    }

    /** The letter id for a decision event: derived from the event id, so a redelivered event finds its letter. */
    public static String letterIdFor(String eventId) {
        return UUID.nameUUIDFromBytes(("outcome-letter:" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A decision was made (or revised): store its letter, pending. Only for a decision this service made: one
     * recorded from the event log (imported history) or unknown here has no rationale to send, and gets no letter
     * (nothing is stored).
     *
     * @return {@code false} if this event's letter was already stored (a redelivery), or the decision was not made
     *         here: nothing changes
     */
    public boolean decisionMade(String eventId, DecisionFacts decision) {
        if (!madeHere.madeHere(decision.referralId(), decision.decisionId())) {
            return false;
        }
        return letters.add(OutcomeLetter.requested(letterIdFor(eventId), decision, clock.instant()));
    }

    /** A partner agency's system posted this referral: it may read the referral's letters. */
    public void referralPosted(String referralId, String partnerId) {
        if (partnerId != null && !partnerId.isBlank()) {
            partners.posted(referralId, partnerId);
        }
    }

    /**
     * A referral's letters, oldest first (audited).
     *
     * @throws LetterNotFound if the reader may not read this referral's letters
     */
    public List<OutcomeLetter> lettersOf(String referralId, LetterReader reader) {
        if (!reader.mayRead(referralId, partners)) {
            throw new LetterNotFound("No letters for referral " + referralId);
        }
        List<OutcomeLetter> found = letters.ofReferral(referralId);
        audit.append(AuditEntry.read(reader, AuditEntry.LETTERS_LIST, "LIST outcome letters", referralId, List.of(),
                clock.instant()));
        return found;
    }

    /**
     * One letter, with its PDF, for reading (audited).
     *
     * @throws LetterNotFound if there is no such letter, it has no PDF (anonymous referrer, not written yet), or the
     *                        reader may not read it
     */
    public OutcomeLetter letterToRead(String letterId, LetterReader reader) {
        OutcomeLetter letter = letters.find(letterId)
                .filter(found -> reader.mayRead(found.referralId(), partners))
                .filter(OutcomeLetter::hasPdf)
                .orElseThrow(() -> new LetterNotFound("No outcome letter " + letterId + " to read"));
        audit.append(AuditEntry.read(reader, AuditEntry.LETTER_READ, "READ outcome letter " + letterId,
                letter.referralId(), List.of(), clock.instant()));
        return letter;
    }

    /** Works on every pending letter that is due; returns how many it worked on. */
    public int sendDue() {
        Instant now = clock.instant();
        int worked = 0;
        for (OutcomeLetter due : letters.due(now, BATCH)) {
            Optional<OutcomeLetter> leased = letters.update(due.leasedUntil(now.plus(LEASE)));
            if (leased.isPresent()) {
                workOn(leased.get());
                worked++;
            }
        }
        return worked;
    }

    private void workOn(OutcomeLetter letter) {
        OutcomeLetter current = letter;
        if (!current.hasPdf()) {
            Optional<OutcomeLetter> prepared = prepare(current);
            if (prepared.isEmpty() || !prepared.get().isPrepared()) {
                return;
            }
            current = prepared.get();
        }
        send(current);
    }

    /** Fetches the referrer and the rationale and renders the letter; empty if it was put off or changed meanwhile. */
    private Optional<OutcomeLetter> prepare(OutcomeLetter letter) {
        Referrer referrer;
        try {
            referrer = referrers.of(letter.referralId());
        } catch (ReferrerUnavailable e) {
            putOff(letter, e.getMessage(), null);
            return Optional.empty();
        }
        if (referrer.isAnonymous()) {
            return letters.update(letter.anonymousReferrer());
        }
        Optional<String> rationale = rationales.of(letter.referralId(), letter.decisionId());
        if (rationale.isEmpty()) {
            putOff(letter, "The decision's rationale is not in the triage record yet", null);
            return Optional.empty();
        }
        boolean byEmail = referrer.hasEmail();
        boolean byPost = !byEmail && referrer.hasPostalAddress();
        byte[] pdf = renderer.render(OutcomeLetterWording.contentFor(authority, letter.decision(), referrer,
                rationale.get(), byPost));
        if (byEmail) {
            return letters.update(letter.preparedForEmail(pdf, referrer.email().strip()));
        }
        if (byPost) {
            return letters.update(letter.preparedForPost(pdf));
        }
        return letters.update(letter.noContactDetails(pdf));
    }

    private void send(OutcomeLetter letter) {
        OutcomeLetter current = letter;
        if (current.notifyTried()) {
            NotifyAnswer earlier = notify.find(current.letterId());
            if (earlier instanceof NotifyAnswer.Accepted accepted) {
                markSent(current, accepted);
                return;
            }
            if (earlier instanceof NotifyAnswer.Unavailable unavailable) {
                putOff(current, unavailable.reason(), unavailable.retryAfter());
                return;
            }
            if (earlier instanceof NotifyAnswer.Refused refused) {
                putOff(current, "GOV.UK Notify lookup refused (" + refused.status() + "): " + refused.reason(), null);
                return;
            }
        } else {
            Optional<OutcomeLetter> marked = letters.update(current.sending());
            if (marked.isEmpty()) {
                return;
            }
            current = marked.get();
        }
        NotifyAnswer answer = current.channel() == Channel.EMAIL
                ? notify.sendEmail(new GovUkNotify.OutcomeEmail(current.letterId(), current.emailAddress(),
                        authority.frontDoorName(), current.referralId(), filename(current), current.pdf()))
                : notify.sendLetter(current.letterId(), current.pdf());
        if (answer instanceof NotifyAnswer.Accepted accepted) {
            markSent(current, accepted);
        } else if (answer instanceof NotifyAnswer.Refused refused) {
            if (letters.update(current.failed("GOV.UK Notify refused the letter (" + refused.status() + "): "
                    + refused.reason())).isPresent()) {
                measures.failed();
            }
        } else if (answer instanceof NotifyAnswer.Unavailable unavailable) {
            putOff(current, unavailable.reason(), unavailable.retryAfter());
        } else {
            putOff(current, "GOV.UK Notify gave no answer", null);
        }
    }

    private void markSent(OutcomeLetter letter, NotifyAnswer.Accepted accepted) {
        if (letters.update(letter.sent(accepted.notificationId(), clock.instant())).isPresent()) {
            measures.sent(letter.channel());
        }
    }

    private void putOff(OutcomeLetter letter, String reason, Duration askedFor) {
        Instant now = clock.instant();
        letters.update(letter.putOff(reason, retries.next(now, letter.attempts() + 1, askedFor)));
    }

    static String filename(OutcomeLetter letter) {
        return "outcome-letter-" + letter.referralId().replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
    }
}
