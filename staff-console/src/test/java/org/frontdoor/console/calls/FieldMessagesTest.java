package org.frontdoor.console.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.console.forms.FormErrors;
import org.junit.jupiter.api.Test;

/** The API's field errors in GOV.UK's words, on the input they are about. */
class FieldMessagesTest {

    @Test
    void aMissingAnswerIsAskedForInGovUkWords() {
        assertThat(FieldMessages.describe("referrer.type", "must not be null", 1))
                .isEqualTo(new FormErrors.Item("referrer-type", "Select who is calling"));
        assertThat(FieldMessages.describe("concerns", "must not be blank", 1))
                .isEqualTo(new FormErrors.Item("concerns", "Enter the concerns"));
        assertThat(FieldMessages.describe("consent.reason", "is required when consent was not sought", 1))
                .isEqualTo(new FormErrors.Item("consent-reason",
                        "Enter why asking for consent would put the child at risk of harm"));
    }

    @Test
    void aChildsFieldIsNamedForTheChildAndADateLinksToItsDay() {
        assertThat(FieldMessages.describe("children[0].dateOfBirth", "must not be null", 1))
                .isEqualTo(new FormErrors.Item("children-0-dateOfBirth-day", "Enter the child's date of birth"));
        assertThat(FieldMessages.describe("children[1].firstName", "is required unless the child is unborn", 2))
                .isEqualTo(new FormErrors.Item("children-1-firstName", "Child 2: enter the first name"));
        assertThat(FieldMessages.describe("children[1].nhsNumber", "fails its check digit", 2))
                .isEqualTo(new FormErrors.Item("children-1-nhsNumber", "Child 2: NHS number fails its check digit"));
    }

    @Test
    void anAddressErrorLandsOnItsLinesOrPostcode() {
        assertThat(FieldMessages.describe("children[0].address.postcode", "is required with an address", 1).fieldId())
                .isEqualTo("children-0-address-postcode");
        assertThat(FieldMessages.describe("referrer.postalAddress.lines[1]", "must not be blank", 1).fieldId())
                .isEqualTo("referrer-postalAddress-line1");
        assertThat(FieldMessages.describe("referrer", "give a phone number, email or postal address", 1))
                .isEqualTo(new FormErrors.Item("referrer-phone", "Caller give a phone number, email or postal address"));
    }

    @Test
    void aFieldTheConsoleDoesNotKnowKeepsTheApisWordsAndARequestWideErrorGoesToTheTop() {
        assertThat(FieldMessages.describe("assessmentFactors[0]", "is not a census code", 1))
                .isEqualTo(new FormErrors.Item("assessmentFactors-0", "AssessmentFactors[0] is not a census code"));
        assertThat(FieldMessages.describe(null, "the request is too large", 1))
                .isEqualTo(new FormErrors.Item("log-a-call", "The request is too large"));
    }

    @Test
    void theSameMessageOnTheSameFieldIsShownOnce() {
        FormErrors errors = new FormErrors();
        errors.add("concerns", "Enter the concerns");
        errors.add("concerns", "Enter the concerns");
        errors.add("children-0-dateOfBirth-day", "Date of birth must be a real date");

        assertThat(errors.getItems()).hasSize(2);
        assertThat(errors.hasAny("children-0-dateOfBirth")).isTrue();
        assertThat(errors.messageOf("children-0-dateOfBirth")).isEqualTo("Date of birth must be a real date");
    }
}
