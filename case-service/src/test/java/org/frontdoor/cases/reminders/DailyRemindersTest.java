package org.frontdoor.cases.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.cases.reminders.domain.DailyReminders;
import org.frontdoor.cases.reminders.domain.OpenCase;
import org.frontdoor.cases.reminders.domain.Reminder;
import org.frontdoor.cases.reminders.domain.ReminderStatus;
import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.cases.reminders.domain.ReviewDue;
import org.frontdoor.cases.reminders.domain.WhoIsDue;
import org.frontdoor.cases.reminders.domain.Worklist;
import org.frontdoor.cases.reminders.notify.NotifyReminders;
import org.frontdoor.cases.reminders.notify.ReminderNotifyProperties;
import org.frontdoor.cases.reminders.store.MongoLeadProfessionalContacts;
import org.frontdoor.cases.reminders.store.MongoReminders;
import org.frontdoor.cases.reminders.store.StoredCaseload;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.serviceplatform.notify.NotifyProperties;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.frontdoor.testkit.time.MovableClock;

/**
 * The daily reminders with their real adapters (the Mongo stores of the running service, service-platform's Notify
 * client) against a WireMock GOV.UK Notify. The open cases are given by each test; time is a clock the test moves.
 * A "restart" is a second, freshly built {@link DailyReminders} (new stores, new Notify client, nothing in memory
 * carried over) on the same database; "two schedulers" are two of them running at once. Tests keep apart by fresh
 * lead professional ids and email addresses.
 */
class DailyRemindersTest extends CaseServiceIntegrationTest {

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    @Autowired
    CaseStore caseStore;

    @Autowired
    CasesNeedingAttention attention;

    static final String API_KEY = "frontdoor_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String TEMPLATE = "3f0e8c7a-5d4b-4f4e-9a51-2b7c1d0e9f11";
    static final String EMAIL = "/v2/notifications/email";
    /** Tuesday 19 May 2026, 10:00 in London; Monday 25 May is the spring bank holiday. */
    static final Instant TUESDAY_MORNING = Instant.parse("2026-05-19T09:00:00Z");
    static final LocalDate TUESDAY = LocalDate.of(2026, 5, 19);
    static final LocalDate FIFTH_WORKING_DAY = LocalDate.of(2026, 5, 27);
    static final LocalDate SIXTH_WORKING_DAY = LocalDate.of(2026, 5, 28);

    static WireMockServer notify;

    final MovableClock clock = new MovableClock(TUESDAY_MORNING);
    final List<OpenCase> caseload = new ArrayList<>();

    @BeforeAll
    static void startNotify() {
        notify = new WireMockServer(options().dynamicPort());
        notify.start();
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(okJson("{\"notifications\":[]}")));
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + UUID.randomUUID() + "\"}")));
    }

    @AfterAll
    static void stopNotify() {
        notify.stop();
    }

    DailyReminders reminders() {
        NotifyClient client = new NotifyClient(new NotifyProperties(notify.baseUrl(), API_KEY, Duration.ofSeconds(2),
                Duration.ofSeconds(5)), clock);
        return new DailyReminders(today -> List.copyOf(caseload),
                new WhoIsDue(new WorkingDays(new EnglandAndWalesBankHolidays()), WhoIsDue.DEFAULT_HORIZON),
                new MongoReminders(mongo), new MongoLeadProfessionalContacts(mongo),
                new NotifyReminders(client, new ReminderNotifyProperties(TEMPLATE)),
                new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(30)), LocalTime.of(7, 0), clock);
    }

    static String freshLead() {
        return "lp-" + UUID.randomUUID();
    }

    static String emailOf(String lead) {
        return lead + "@council.gov.uk";
    }

    void withAddress(String lead) {
        new MongoLeadProfessionalContacts(mongo).record(lead, emailOf(lead), "test", clock.instant());
    }

    int emailsTo(String lead) {
        return notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(emailOf(lead))))).size();
    }

    Document stored(String lead, LocalDate day) {
        return mongo.findById(Reminder.idFor(lead, day), Document.class, "reminders");
    }

    static OpenCase reviewDue(String lead, LocalDate due) {
        return new OpenCase("case-" + UUID.randomUUID(), lead, due, List.of());
    }

    @Test
    void aReviewDueInFiveWorkingDaysGetsOneEmailWithCaseIdsAndDatesOnly() {
        String lead = freshLead();
        withAddress(lead);
        OpenCase due = reviewDue(lead, FIFTH_WORKING_DAY);
        caseload.add(due);

        reminders().sendDue();
        clock.advance(Duration.ofHours(1));
        reminders().sendDue();

        assertThat(emailsTo(lead)).isEqualTo(1);
        notify.verify(postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(emailOf(lead))))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(TEMPLATE)))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(Reminder.idFor(lead, TUESDAY))))
                .withRequestBody(equalToJson("""
                        {"personalisation": {"day": "Tuesday 19 May 2026", "reviews_due_count": "1",
                         "reviews_due": "* case %s: review due Wednesday 27 May 2026",
                         "actions_overdue_count": "0", "actions_overdue": "none"}}
                        """.formatted(due.caseId()), true, true)));
        Document reminder = stored(lead, TUESDAY);
        assertThat(reminder.getString("status")).isEqualTo("SENT");
        assertThat(reminder.getString("notificationId")).isNotBlank();
    }

    @Test
    void aReviewDueInSixWorkingDaysGetsNone() {
        String lead = freshLead();
        withAddress(lead);
        caseload.add(reviewDue(lead, SIXTH_WORKING_DAY));

        reminders().sendDue();

        assertThat(emailsTo(lead)).isZero();
        assertThat(stored(lead, TUESDAY)).isNull();
    }

    @Test
    void nothingIsSentOnABankHolidayAndTheNextWorkingDaySendsOne() {
        String lead = freshLead();
        withAddress(lead);
        caseload.add(new OpenCase("case-" + UUID.randomUUID(), lead, null, List.of(TUESDAY)));
        clock.set(Instant.parse("2026-05-25T09:00:00Z"));

        reminders().sendDue();
        assertThat(emailsTo(lead)).isZero();
        assertThat(stored(lead, LocalDate.of(2026, 5, 25))).isNull();

        clock.set(Instant.parse("2026-05-26T09:00:00Z"));
        reminders().sendDue();
        assertThat(emailsTo(lead)).isEqualTo(1);
    }

    @Test
    void overdueActionsTriggerOneReminderCountingThem() {
        String lead = freshLead();
        withAddress(lead);
        OpenCase late = new OpenCase("case-" + UUID.randomUUID(), lead, null,
                List.of(TUESDAY.minusDays(1), TUESDAY.minusDays(8), TUESDAY));
        caseload.add(late);

        reminders().sendDue();

        assertThat(emailsTo(lead)).isEqualTo(1);
        notify.verify(postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(emailOf(lead))))
                .withRequestBody(equalToJson("""
                        {"personalisation": {"reviews_due_count": "0", "reviews_due": "none",
                         "actions_overdue_count": "2",
                         "actions_overdue": "* case %s: 2 actions overdue, the earliest due Monday 11 May 2026"}}
                        """.formatted(late.caseId()), true, true)));
    }

    @Test
    void twoLeadProfessionalsGetOneEach() {
        String first = freshLead();
        String second = freshLead();
        withAddress(first);
        withAddress(second);
        caseload.add(reviewDue(first, TUESDAY));
        caseload.add(reviewDue(first, FIFTH_WORKING_DAY));
        caseload.add(reviewDue(second, TUESDAY.plusDays(1)));

        reminders().sendDue();
        reminders().sendDue();

        assertThat(emailsTo(first)).isEqualTo(1);
        assertThat(emailsTo(second)).isEqualTo(1);
        assertThat(stored(first, TUESDAY).getList("reviewsDue", Document.class)).hasSize(2);
    }

    @Test
    void withoutAnAddressTheReminderIsRecordedAsSkippedAndNotRetriedThatDay() {
        String lead = freshLead();
        caseload.add(reviewDue(lead, TUESDAY));

        reminders().sendDue();
        withAddress(lead);
        clock.advance(Duration.ofHours(2));
        reminders().sendDue();

        assertThat(emailsTo(lead)).isZero();
        assertThat(stored(lead, TUESDAY).getString("status")).isEqualTo("SKIPPED_NO_ADDRESS");
    }

    @Test
    void notifyDownIsRetriedLaterAndTheReminderSentOnce() {
        String lead = freshLead();
        withAddress(lead);
        caseload.add(reviewDue(lead, TUESDAY));
        String scenario = "notify-down-" + lead;
        notify.stubFor(post(EMAIL).withRequestBody(matchingJsonPath("$.email_address", equalTo(emailOf(lead))))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"errors\":[{\"error\":\"Exception\"}]}"))
                .willSetStateTo("up"));
        notify.stubFor(post(EMAIL).withRequestBody(matchingJsonPath("$.email_address", equalTo(emailOf(lead))))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"notification-" + lead + "\"}")));

        reminders().sendDue();
        Document putOff = stored(lead, TUESDAY);
        assertThat(putOff.getString("status")).isEqualTo("PENDING");
        assertThat(putOff.getInteger("attempts")).isEqualTo(1);
        assertThat(putOff.getString("problem")).contains("500");

        reminders().sendDue();
        assertThat(emailsTo(lead)).as("not before the wait").isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        reminders().sendDue();
        clock.advance(Duration.ofHours(1));
        reminders().sendDue();

        assertThat(emailsTo(lead)).isEqualTo(2);
        notify.verify(getRequestedFor(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(Reminder.idFor(lead, TUESDAY))));
        Document sent = stored(lead, TUESDAY);
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.getString("notificationId")).isEqualTo("notification-" + lead);
    }

    @Test
    void aRestartDoesNotSendASecondReminderTheSameDay() {
        String lead = freshLead();
        withAddress(lead);
        caseload.add(reviewDue(lead, TUESDAY));
        reminders().sendDue();

        clock.advance(Duration.ofMinutes(15));
        DailyReminders afterRestart = reminders();
        afterRestart.sendDue();
        clock.advance(Duration.ofHours(6));
        afterRestart.sendDue();

        assertThat(emailsTo(lead)).isEqualTo(1);
    }

    @Test
    void aRestartBetweenSendingAndRecordingAsksNotifyInsteadOfSendingAgain() {
        String lead = freshLead();
        withAddress(lead);
        String reminderId = Reminder.idFor(lead, TUESDAY);
        // the replica that sent it died before recording Notify's answer: stored as tried, still pending
        MongoReminders store = new MongoReminders(mongo);
        store.add(new Reminder(reminderId, lead, TUESDAY,
                new Worklist(lead, List.of(new ReviewDue("case-1", TUESDAY)), List.of()),
                ReminderStatus.PENDING, TUESDAY_MORNING, 0, TUESDAY_MORNING,
                null, true, null, null, null));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo(reminderId))
                .willReturn(okJson("{\"notifications\":[{\"id\":\"sent-before-the-crash\",\"reference\":\""
                        + reminderId + "\"}]}")));
        caseload.add(reviewDue(lead, TUESDAY));

        clock.advance(Duration.ofMinutes(5));
        reminders().sendDue();

        assertThat(emailsTo(lead)).isZero();
        Document reminder = stored(lead, TUESDAY);
        assertThat(reminder.getString("status")).isEqualTo("SENT");
        assertThat(reminder.getString("notificationId")).isEqualTo("sent-before-the-crash");
    }

    @Test
    void twoSchedulersOnOneStoreSendOnce() throws Exception {
        List<String> leads = List.of(freshLead(), freshLead(), freshLead());
        for (String lead : leads) {
            withAddress(lead);
            caseload.add(reviewDue(lead, TUESDAY));
        }
        DailyReminders one = reminders();
        DailyReminders other = reminders();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (DailyReminders replica : List.of(one, other, one, other)) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return replica.sendDue();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        for (String lead : leads) {
            assertThat(emailsTo(lead)).as(lead).isEqualTo(1);
            assertThat(stored(lead, TUESDAY).getString("status")).isEqualTo("SENT");
        }
    }

    @Test
    void theRunningServiceSendsUnderTheSchedulerLock() {
        await().atMost(PATIENCE).until(() -> mongo.findById("case-reminders", Document.class, "shedLock") != null);
    }

    @Test
    void aLeadProfessionalRecordsTheirOwnWorkEmailAndATriageManagerAnyones() throws Exception {
        String lead = freshLead();
        String body = "{\"email\":\" " + lead + "@Council.GOV.UK\"}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as(lead, "PRACTITIONER"))
                            .header("Idempotency-Key", "contact-" + lead)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.email").value(lead + "@council.gov.uk"));
        }
        assertThat(new MongoLeadProfessionalContacts(mongo).emailOf(lead)).contains(lead + "@council.gov.uk");

        mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"lead@council.gov.uk\"}"))
                .andExpect(status().isOk());
        assertThat(new MongoLeadProfessionalContacts(mongo).emailOf(lead)).contains("lead@council.gov.uk");
    }

    @Test
    void someoneElsesOrABadAddressIsRefusedAndNothingStored() throws Exception {
        String lead = freshLead();
        mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as("lp-other", "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"other@council.gov.uk\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as(lead, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"not an address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as(lead, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/cases/lead-professionals/{id}/contact", lead).with(as(lead, "TRIAGE_WORKER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"me@council.gov.uk\"}"))
                .andExpect(status().isForbidden());

        assertThat(new MongoLeadProfessionalContacts(mongo).emailOf(lead)).isEmpty();
    }

    @Test
    void theOpenCasesAreReadWithTheirLeadTheirNextReviewAndTheirActionsStillToDo() throws Exception {
        String lead = freshLead();
        String familyId = "family-" + UUID.randomUUID();
        String childId = "child-" + UUID.randomUUID();
        String caseId = openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(),
                Route.EARLY_HELP_TARGETED, Instant.now().minus(40, ChronoUnit.DAYS), familyId, List.of(childId),
                "NORTH")).orElseThrow();
        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"" + lead + "\",\"agency\":\"SCHOOL\"}"))
                .andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        mvc.perform(post("/api/cases/{id}/plan", caseId).with(as(lead, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"goals": [{"theme": "EDUCATION", "difference": "At school every day",
                                  "targetDate": "%s", "actions": [
                                   {"action": "a", "owner": {"personId": "%s"}, "dueDate": "%s"},
                                   {"action": "b", "owner": {"personId": "%s"}, "dueDate": "%s", "status": "DONE"},
                                   {"action": "c", "owner": {"personId": "%s"}, "dueDate": "%s",
                                    "status": "NO_LONGER_NEEDED"},
                                   {"action": "d", "owner": {"personId": "%s"}, "dueDate": "%s",
                                    "status": "IN_PROGRESS"}]}]}
                                """.formatted(today.plusWeeks(10), familyId, today.minusDays(10), familyId,
                                today.minusDays(9), familyId, today.minusDays(8), familyId, today.plusDays(3))))
                .andExpect(status().isCreated());

        OpenCase read = new StoredCaseload(caseStore, attention.rules()).openCases(today).stream()
                .filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();

        assertThat(read.leadProfessionalId()).isEqualTo(lead);
        assertThat(read.nextReviewDue()).isEqualTo(attention.rules().interval().latestNext(today));
        assertThat(read.openActionsDue()).containsExactlyInAnyOrder(today.minusDays(10), today.plusDays(3));
    }
}
