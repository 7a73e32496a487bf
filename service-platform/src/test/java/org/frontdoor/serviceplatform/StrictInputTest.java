package org.frontdoor.serviceplatform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.frontdoor.serviceplatform.sample.ServicePlatformTestApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = ServicePlatformTestApp.class)
@AutoConfigureMockMvc
class StrictInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void plainTextRuleAllowsLineBreaksAndTabsOnly() {
        Assertions.assertThat(PlainText.hasControlCharacters("Line one\r\nline two\tindented")).isFalse();
        Assertions.assertThat(PlainText.hasControlCharacters("a\u0000b")).isTrue();
        Assertions.assertThat(PlainText.hasControlCharacters("bell\u0007")).isTrue();
        Assertions.assertThat(PlainText.hasControlCharacters("\u007f")).isTrue();
        Assertions.assertThat(PlainText.hasControlCharacters("\u0085")).isTrue();
        Assertions.assertThat(PlainText.hasControlCharacters("Zoë Ōkawa – naïve")).isFalse();
    }

    @Test
    void textWithLineBreaksIsAccepted() throws Exception {
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\":\"Sam\",\"text\":\"One\\nTwo\\tThree\",\"themes\":[\"EDUCATION\"],\"level\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("One\nTwo\tThree"));
    }

    @Test
    void controlCharacterInAnyStringIsRefused() throws Exception {
        for (String body : new String[] {
                "{\"childName\":\"a\\u0000b\\u0007c\",\"text\":\"x\",\"themes\":[],\"level\":3}",
                "{\"childName\":\"Sam\",\"text\":\"x\",\"themes\":[\"EDU\\u001bCATION\"],\"level\":3}"}) {
            mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void numberWhereTextIsExpectedIsRefused() throws Exception {
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\":12345,\"text\":\"x\",\"themes\":[],\"level\":3}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\":\"Sam\",\"text\":true,\"themes\":[],\"level\":3}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void storeOutageAnswers503WithRetryAfterAndNoDriverMessage() throws Exception {
        mvc.perform(post("/store-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(StoreUnavailableAdvice.TYPE.toString()))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("30000"))));
    }
}
