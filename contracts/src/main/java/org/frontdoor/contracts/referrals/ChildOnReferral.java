package org.frontdoor.contracts.referrals;

import java.time.LocalDate;

import org.frontdoor.contracts.Require;

/**
 * A child named on a referral, pseudonymised: the person index id and the coded demographics
 * statutory returns need (Annex A, CIN census). Never the name.
 *
 * @param gender    {@code MALE}, {@code FEMALE}, {@code NOT_STATED}, {@code NEITHER}
 * @param ethnicity a DfE ethnicity code (e.g. {@code WBRI}), or {@code null} when not yet recorded
 * @param unborn    the child is unborn and {@code dateOfBirth} is the expected date of delivery
 *                  (added additively: absent in older events reads as {@code false})
 */
public record ChildOnReferral(
        String childId, LocalDate dateOfBirth, String gender, String ethnicity, boolean disability, Boolean unborn) {

    /** {@code true} when the child is unborn; never {@code null}. */
    public boolean isUnborn() {
        return unborn;
    }

    /** A child already born: the shape of the first release. */
    public ChildOnReferral(String childId, LocalDate dateOfBirth, String gender, String ethnicity, boolean disability) {
        this(childId, dateOfBirth, gender, ethnicity, disability, false);
    }

    public ChildOnReferral {
        Require.text(childId, "childId");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.text(gender, "gender");
        unborn = Boolean.TRUE.equals(unborn);
    }
}
