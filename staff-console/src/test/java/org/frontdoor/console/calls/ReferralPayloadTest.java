package org.frontdoor.console.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;
import org.junit.jupiter.api.Test;

/** The form as POST /api/referrals takes it: only dates and times are the console's to check. */
class ReferralPayloadTest {

    @Test
    void aLondonDateAndTimeIsSentAsTheInstantItWas() {
        CallForm.DateTime summer = dateTime("20", "6", "2026", "09:30");
        CallForm.DateTime winter = dateTime("20", "11", "2026", "9.15");
        FormErrors errors = new FormErrors();

        assertThat(ReferralPayload.instant(summer, "x", "When", errors)).isEqualTo(Instant.parse("2026-06-20T08:30:00Z"));
        assertThat(ReferralPayload.instant(winter, "x", "When", errors)).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aDateWithAMissingPartOrThatIsNotRealIsTheConsolesError() {
        FormErrors errors = new FormErrors();

        assertThat(ReferralPayload.date(dateTime("", "4", "2016", null), "dob", "Date of birth", errors)).isNull();
        assertThat(ReferralPayload.date(dateTime("30", "2", "2016", null), "dob2", "Date of birth", errors)).isNull();
        assertThat(ReferralPayload.date(dateTime("3", "2", "16", null), "dob3", "Date of birth", errors)).isNull();

        assertThat(errors.getItems()).extracting(FormErrors.Item::fieldId, FormErrors.Item::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dob-day", "Date of birth must include a day"),
                org.assertj.core.groups.Tuple.tuple("dob2-day", "Date of birth must be a real date"),
                org.assertj.core.groups.Tuple.tuple("dob3-year", "Year must include 4 numbers"));
    }

    @Test
    void blankAnswersAreLeftOutSoTheApiNamesWhatIsMissing() {
        CallForm form = new CallForm();
        form.setChannel("");
        FormErrors errors = new FormErrors();

        Map<String, Object> body = ReferralPayload.of(form, errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(body).containsOnlyKeys("referrer", "children", "consent");
        assertThat(body.get("children")).isEqualTo(List.of(Map.of()));
    }

    private static CallForm.DateTime dateTime(String day, String month, String year, String time) {
        CallForm.DateTime value = new CallForm.DateTime();
        value.setDay(day);
        value.setMonth(month);
        value.setYear(year);
        value.setTime(time);
        return value;
    }
}
