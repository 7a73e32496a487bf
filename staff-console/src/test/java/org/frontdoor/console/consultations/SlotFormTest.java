package org.frontdoor.console.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.junit.jupiter.api.Test;

/** What a consultant types for a slot, as consultation-service takes it, and its refusals in words. */
class SlotFormTest {

    @Test
    void aTimeOfDayIsReadAsPeopleTypeIt() {
        assertThat(SlotForm.timeOfDay("09:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(SlotForm.timeOfDay("9.30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(SlotForm.timeOfDay("14:00")).isEqualTo(LocalTime.of(14, 0));
        assertThat(SlotForm.timeOfDay("2:15pm")).isEqualTo(LocalTime.of(14, 15));
        assertThat(SlotForm.timeOfDay("12pm")).isEqualTo(LocalTime.NOON);
        assertThat(SlotForm.timeOfDay("12:30am")).isEqualTo(LocalTime.of(0, 30));
        assertThat(SlotForm.timeOfDay("9 AM")).isEqualTo(LocalTime.of(9, 0));
        assertThat(SlotForm.timeOfDay("9")).isNull();
        assertThat(SlotForm.timeOfDay("24:00")).isNull();
        assertThat(SlotForm.timeOfDay("13pm")).isNull();
        assertThat(SlotForm.timeOfDay("9:60")).isNull();
        assertThat(SlotForm.timeOfDay("noon")).isNull();
        assertThat(SlotForm.timeOfDay(null)).isNull();
    }

    @Test
    void theBodyHasTheStartInLondonAndTheEndTheChosenLengthLater() {
        SlotForm form = form("29", "3", "2030", "00:30", "180");
        FormErrors errors = new FormErrors();

        Map<String, Object> body = form.body(errors);

        assertThat(errors.isEmpty()).isTrue();
        // 31 March 2030 is the clocks' change; 29 March is still GMT
        assertThat(body).containsEntry("startsAt", "2030-03-29T00:30:00Z").containsEntry("endsAt", "2030-03-29T03:30:00Z")
                .containsEntry("consultantType", "TARGETED_YOUTH_SUPPORT").containsEntry("mode", "VIDEO");
        assertThat(form("1", "4", "2030", "00:30", "15").body(new FormErrors()))
                .containsEntry("startsAt", "2030-03-31T23:30:00Z").containsEntry("endsAt", "2030-03-31T23:45:00Z");
    }

    @Test
    void aLengthTheConsoleDoesNotOfferIsRefused() {
        FormErrors errors = new FormErrors();

        assertThat(form("3", "12", "2030", "09:30", "200").body(errors)).isNull();
        assertThat(errors.message("slot-length")).isEqualTo("Select one of the lengths offered");
        FormErrors none = new FormErrors();
        assertThat(form("3", "12", "2030", "09:30", "").body(none)).isNull();
        assertThat(none.message("slot-length")).isEqualTo("Select how long the slot is");
    }

    @Test
    void theApisFieldsBecomeMessagesByTheInputs() {
        FormErrors errors = SlotForm.errorsOf(new ApiProblem(null, "Invalid", 400, null, java.util.List.of(
                new ApiProblem.FieldError("endsAt", "must be 15 to 180 minutes after startsAt"),
                new ApiProblem.FieldError("mode", "must not be null"),
                new ApiProblem.FieldError("somethingElse", "is odd"))));

        assertThat(errors.message("slot-length")).isEqualTo("The slot must be 15 minutes to 3 hours long");
        assertThat(errors.message("slot-mode")).isEqualTo("Select how the consultation takes place");
        assertThat(errors.message("publish-slot")).isEqualTo("The slot was not published: somethingElse is odd");
    }

    @Test
    void timesAreSaidInLondonInGovUkStyle() {
        ConsultationWords words = ConsultationWords.INSTANCE;
        Instant summer = Instant.parse("2030-06-04T08:30:00Z");

        assertThat(words.when(summer)).isEqualTo("9:30am on Tuesday 4 June 2030");
        assertThat(words.times(summer, Instant.parse("2030-06-04T12:00:00Z"))).isEqualTo("9:30am to 1:00pm");
        assertThat(words.length(summer, Instant.parse("2030-06-04T10:00:00Z"))).isEqualTo("1 hour 30 minutes");
        assertThat(words.type("TARGETED_YOUTH_SUPPORT")).isEqualTo("Targeted youth support (TYS)");
        assertThat(words.type("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    private static SlotForm form(String day, String month, String year, String time, String minutes) {
        SlotForm form = new SlotForm();
        form.setConsultantType("TARGETED_YOUTH_SUPPORT");
        form.setMode("VIDEO");
        form.getStartsAt().setDay(day);
        form.getStartsAt().setMonth(month);
        form.getStartsAt().setYear(year);
        form.getStartsAt().setTime(time);
        form.setMinutes(minutes);
        return form;
    }
}
