package org.frontdoor.contracts.referrals;

import java.time.LocalDate;

import org.frontdoor.contracts.Require;

/**
 * A child named on a referral, pseudonymised: the person index id and the coded demographics
 * statutory returns need (Annex A, CIN census). Never the name.
 *
 * @param gender    {@code MALE}, {@code FEMALE}, {@code NOT_STATED}, {@code NEITHER}
 * @param ethnicity a DfE ethnicity code (e.g. {@code WBRI}), or {@code null} when not yet recorded
 */
public record ChildOnReferral(String childId, LocalDate dateOfBirth, String gender, String ethnicity, boolean disability) {

    public ChildOnReferral {
        Require.text(childId, "childId");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.text(gender, "gender");
    }
}
