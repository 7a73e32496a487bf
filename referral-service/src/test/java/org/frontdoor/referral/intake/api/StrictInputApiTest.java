package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Control characters and JSON numbers where text belongs are refused with a 400 naming the field, never echoing the
 * value, and nothing is stored (issue 8: {@code "a\u0000b\u0007c"} used to be stored as a child's first name).
 */
class StrictInputApiTest extends ServiceTest {

    /** The JSON text {@code "a\u0000b\u0007c"}: a NUL and a BEL, escaped as JSON allows. */
    private static final String CONTROL = "a\\u0000b\\u0007c";

    @Test
    void aControlCharacterInAChildsFirstNameIsRefusedByFieldAndNothingIsStored() throws Exception {
        refused(phoneReferral(CONTROL, "Strict"), "children[0].firstName");
    }

    @Test
    void aControlCharacterInTheReferrersNameIsRefusedByFieldAndNothingIsStored() throws Exception {
        refused(phoneReferral("Amy", "Strict").replace("\"name\": \"Jo Teacher\"", "\"name\": \"" + CONTROL + "\""),
                "referrer.name");
    }

    @Test
    void aControlCharacterInTheConcernsIsRefusedButLineBreaksAndTabsAreFreeText() throws Exception {
        refused(phoneReferral("Amy", "Strict").replace("Attendance has dropped", CONTROL), "concerns");

        String withLineBreaks = phoneReferral("Amy", "Linebreaks")
                .replace("Attendance has dropped", "Attendance has dropped.\\r\\n\\tShe says");
        String created = post(withLineBreaks, contactOfficer()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(created, "$.concerns")).contains("dropped.\r\n\tShe says");
    }

    @Test
    void aNumberOrABooleanWhereANameIsExpectedIsRefusedNotTurnedIntoText() throws Exception {
        refused(phoneReferral("Amy", "Strict").replace("\"firstName\": \"Amy\"", "\"firstName\": 12345"),
                "children[0].firstName", "must be a JSON string");
        refused(phoneReferral("Amy", "Strict").replace("\"name\": \"Jo Teacher\"", "\"name\": true"),
                "referrer.name", "must be a JSON string");
        refused(phoneReferral("Amy", "Strict").replace("\"lines\": [\"1 High Street\", \"Wem\"]", "\"lines\": [1, \"Wem\"]"),
                "children[0].address.lines[0]", "must be a JSON string");
    }

    @Test
    void anAmendmentWithAControlCharacterIsRefusedAndChangesNothing() throws Exception {
        String created = post(phoneReferral("Amy", "Strictamend"), contactOfficer()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.referralId");

        mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/amendments", id).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"concerns\": \"" + CONTROL + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("concerns"));

        assertThat(mongo.findById(id, org.bson.Document.class, "referrals").getString("concerns"))
                .startsWith("Attendance has dropped");
    }

    private void refused(String body, String field) throws Exception {
        refused(body, field, "must not contain control characters");
    }

    private void refused(String body, String field, String message) throws Exception {
        long referrals = mongo.count(new Query(), "referrals");
        long people = mongo.count(new Query(), "people");
        post(body, contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message))
                .andExpect(content().string(not(containsString("a\\u0000b"))))
                .andExpect(content().string(not(containsString("12345"))));
        assertThat(mongo.count(new Query(), "referrals")).isEqualTo(referrals);
        assertThat(mongo.count(new Query(), "people")).isEqualTo(people);
    }

    private ResultActions post(String body, JwtRequestPostProcessor token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals")
                .with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
