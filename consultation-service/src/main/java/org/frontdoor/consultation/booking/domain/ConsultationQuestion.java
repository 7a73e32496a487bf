package org.frontdoor.consultation.booking.domain;

/**
 * What a professional asks for when booking a slot.
 *
 * @param slotId     the slot to book
 * @param childId    the child's pseudonymous id, or {@code null} for a general consultation
 * @param familyId   the family's pseudonymous id, or {@code null}
 * @param referralId the referral that led to it, or {@code null}
 * @param caseId     the early help case it is about (a drifting case offers "book a consultation"), or {@code null}
 * @param question   what the professional wants advice on (free text: stays in this service)
 */
public record ConsultationQuestion(String slotId, String childId, String familyId, String referralId, String caseId,
                                   String question) {
}
