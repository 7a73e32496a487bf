package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The staff console's journeys, end to end, in a real browser against the started local platform, with the console
 * reached through the gateway at its root as people reach it: a contact officer logs a call; it reaches the triage
 * queue; a triage worker claims it and proposes level 4; a manager approves it; the outcome letter exists; a second
 * call decided at level 3 (targeted early help) opens an early help case, which a practitioner takes and records a Webstar on; a consultant
 * publishes a slot that the practitioner books; the performance page counts this month's contacts. Every page
 * passes axe-core (WCAG 2.2 AA) and is saved as a screenshot under {@code target/screenshots/}; forms are completed
 * from the keyboard. At the end each main page is loaded again and its time printed (p50 / p95), never asserted.
 *
 * <p>Without Chromium on the machine the class is skipped, and says why and how to install it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffConsoleJourneyBrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration THROUGH_THE_EVENTS = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    private RunningPlatform platform;
    private Browser browser;
    private String console;
    /** The call the contact officer logs, followed through the journey. */
    private String referralId;

    @BeforeAll
    void start() {
        if (!Browser.isInstalled()) {
            System.err.println(Browser.HOW_TO_INSTALL);
        }
        Assumptions.assumeTrue(Browser.isInstalled(), Browser.HOW_TO_INSTALL);
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
        console = platform.endpoints().consoleUrl();
        browser = Browser.open(Path.of("target", "screenshots"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aContactOfficerSignsInThroughTheGatewayAndLogsACallByKeyboard() {
        signIn("contact-officer");
        assertThat(browser.text()).contains("contact-officer").contains("Log a call");
        browser.check("home-contact-officer");

        referralId = logACall("Sam", "Browser", "EARLY_HELP", true);
        browser.check("call-logged");
        signOut();
    }

    @Test
    @Order(2)
    void theCallReachesTheTriageQueueWhereATriageWorkerClaimsItAndProposesLevelFour() {
        assertThat(referralId).as("the call of the first step").isNotNull();
        signIn("triage-worker");
        Browser.eventually(THROUGH_THE_EVENTS, "the referral in the triage queue", () -> {
            browser.go(console + "queue");
            return browser.has(By.linkText(referralId));
        });
        browser.check("triage-queue");

        browser.press(By.cssSelector("form[action$='/queue/" + referralId + "/claim'] button"));
        assertThat(browser.text()).contains("You claimed the referral");
        browser.go(console + "referrals/" + referralId);
        browser.check("referral");

        browser.fill("level", "4");
        browser.press(By.cssSelector("button.govuk-button[name='action'][value='level']"));
        browser.check("decision-routes-level-4");
        WebElement firstRoute = browser.driver().findElements(By.cssSelector("input[name='route']")).get(0);
        browser.fill("route", firstRoute.getAttribute("value"));
        chooseTheFirstOptionOf("team");
        chooseTheFirstOptionOf("primaryNeed");
        if (browser.has(By.name("earlyHelpOffered"))) {
            browser.fill("earlyHelpOffered", "false");
        }
        browser.fill("rationale", "Sam has said she is frightened at home; a social work assessment is needed.");
        browser.press(By.cssSelector("button.govuk-button[name='action'][value='decide']"));

        assertThat(browser.text().toLowerCase(Locale.ROOT)).contains("manager");
        browser.check("decision-proposed");
        signOut();
    }

    @Test
    @Order(3)
    void aTriageManagerApprovesTheLevelFourProposalAndTheLetterExists() {
        assertThat(referralId).as("the call of the first step").isNotNull();
        signIn("triage-manager");
        browser.go(console + "approvals");
        assertThat(browser.has(By.linkText(referralId))).as("the proposal on the approvals list").isTrue();
        browser.check("approvals");

        browser.go(console + "referrals/" + referralId);
        browser.check("referral-awaiting-approval");
        browser.press(By.cssSelector("#approve-form button"));
        browser.check("decision-approved");

        Browser.eventually(THROUGH_THE_EVENTS, "the outcome letter", () -> {
            browser.go(console + "referrals/" + referralId);
            List<WebElement> letters = browser.driver().findElements(By.cssSelector("a[href*='letter']"));
            return !letters.isEmpty() && pdfAt(letters.get(0).getAttribute("href"));
        });
        signOut();
    }

    @Test
    @Order(4)
    void aLevelThreeDecisionOpensAnEarlyHelpCaseWhereAPractitionerTakesItAndRecordsAWebstar() {
        signIn("contact-officer");
        String second = logACall("Alex", "Browser", "EARLY_HELP", false);
        signOut();

        signIn("triage-worker");
        Browser.eventually(THROUGH_THE_EVENTS, "the second referral in the triage queue", () -> {
            browser.go(console + "queue");
            return browser.has(By.linkText(second));
        });
        browser.press(By.cssSelector("form[action$='/queue/" + second + "/claim'] button"));
        browser.go(console + "referrals/" + second);
        browser.fill("level", "3");
        browser.press(By.cssSelector("button.govuk-button[name='action'][value='level']"));
        browser.fill("route", "EARLY_HELP_TARGETED");
        chooseTheFirstOptionOf("team");
        chooseTheFirstOptionOf("primaryNeed");
        if (browser.has(By.name("earlyHelpOffered"))) {
            browser.fill("earlyHelpOffered", "true");
        }
        browser.fill("rationale", "Attendance and worries at home: a targeted early help plan with the family.");
        browser.press(By.cssSelector("button.govuk-button[name='action'][value='decide']"));
        assertThat(browser.text()).contains("The decision was recorded");
        browser.check("decision-recorded");
        signOut();

        signIn("practitioner");
        Browser.eventually(THROUGH_THE_EVENTS, "the early help case opened from the decision", () -> {
            browser.go(console + "unallocated-cases");
            return browser.has(By.cssSelector("a.console-reference[href^='/cases/']"));
        });
        browser.check("unallocated-cases");
        browser.press(By.cssSelector("a.console-reference[href^='/cases/']"));
        browser.check("case");
        chooseTheFirstOptionOf("agency");
        browser.press(By.cssSelector("#take-form button"));
        assertThat(browser.has(By.id("no-lead"))).as("the practitioner leads the case").isFalse();

        LocalDate today = LocalDate.now(LONDON);
        recordTheFamilysWebstar(0, today, 3);
        recordTheFamilysWebstar(1, today, 5);
        assertThat(browser.has(By.cssSelector("svg.console-chart"))).as("the Webstar scores drawn as a chart").isTrue();
        browser.check("case-with-webstar");
        browser.screenshot("case-webstar-chart", By.cssSelector("svg.console-chart"));

        // the family plan, agreed from the case page: a goal for the whole family with one action
        browser.press(By.cssSelector("#plan-link a"));
        browser.check("family-plan-to-agree");
        chooseTheFirstOptionOf("goals[0].theme");
        browser.fill("goals[0].difference", "The children go to school every day");
        LocalDate target = today.plusWeeks(12);
        browser.fill("goals[0].target.day", String.valueOf(target.getDayOfMonth()));
        browser.fill("goals[0].target.month", String.valueOf(target.getMonthValue()));
        browser.fill("goals[0].target.year", String.valueOf(target.getYear()));
        browser.fill("goals[0].actions[0].action", "Walk to school together in the mornings");
        browser.fill("goals[0].actions[0].ownerId", "practitioner");
        chooseTheFirstOptionOf("goals[0].actions[0].agency");
        LocalDate due = today.plusWeeks(2);
        browser.fill("goals[0].actions[0].due.day", String.valueOf(due.getDayOfMonth()));
        browser.fill("goals[0].actions[0].due.month", String.valueOf(due.getMonthValue()));
        browser.fill("goals[0].actions[0].due.year", String.valueOf(due.getYear()));
        browser.press(By.cssSelector("#plan-form button.govuk-button"));
        assertThat(browser.text()).contains("The family plan was agreed as a new version",
                "The children go to school every day", "Walk to school together in the mornings");
        browser.check("family-plan");
        signOut();

        signIn("triage-manager");
        browser.go(console + "cases/attention");
        assertThat(browser.driver().getTitle()).startsWith("Cases needing attention");
        browser.check("cases-needing-attention");
        browser.go(console + "cases/caseloads");
        assertThat(browser.driver().getTitle()).startsWith("Caseloads");
        browser.check("caseloads");
        signOut();
    }

    @Test
    @Order(5)
    void aConsultantPublishesASlotThatAPractitionerBooks() {
        signIn("consultant");
        browser.go(console + "slots/new");
        browser.check("publish-a-slot");
        LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
        browser.fill("consultantType", "EARLY_HELP_SOCIAL_WORKER");
        WebElement firstMode = browser.driver().findElements(By.cssSelector("input[name='mode']")).get(0);
        browser.fill("mode", firstMode.getAttribute("value"));
        browser.fill("startsAt.day", String.valueOf(tomorrow.getDayOfMonth()));
        browser.fill("startsAt.month", String.valueOf(tomorrow.getMonthValue()));
        browser.fill("startsAt.year", String.valueOf(tomorrow.getYear()));
        browser.fill("startsAt.time", "10:00");
        chooseTheFirstOptionOf("minutes");
        browser.press(By.cssSelector("main form button.govuk-button:not(.govuk-button--secondary)"));
        browser.go(console + "diary");
        browser.check("diary");
        signOut();

        signIn("practitioner");
        browser.go(console + "free-slots?consultantType=EARLY_HELP_SOCIAL_WORKER");
        browser.check("free-slots");
        browser.press(By.cssSelector("a[href^='/free-slots/'][href$='/booking']"));
        browser.check("book-a-consultation");
        browser.fill("question", "How best to involve dad in the plan, given the worries at home?");
        browser.pressButton("Book the consultation");
        assertThat(browser.path()).startsWith("/consultations/");
        browser.check("consultation");
        browser.go(console + "consultations");
        browser.check("my-consultations");
        signOut();
    }

    @Test
    @Order(6)
    void thePerformancePageCountsTheContactsOfThisMonth() {
        signIn("performance-analyst");
        String thisMonth = java.time.YearMonth.now(LONDON).toString();
        Browser.eventually(THROUGH_THE_EVENTS, "this month's contacts in V1", () -> {
            browser.go(console + "performance?period=" + thisMonth);
            List<WebElement> figure = browser.driver().findElements(
                    By.cssSelector("#indicator-V1-contacts td:first-of-type .console-figure"));
            return !figure.isEmpty() && figure.get(0).getText().matches("[0-9]+") && Integer.parseInt(
                    figure.get(0).getText()) >= 2;
        });
        browser.check("performance");
        browser.screenshot("performance-scorecard", By.cssSelector("table.console-scorecard"));
        browser.screenshot("performance-chart", By.cssSelector("svg.console-chart"));
        signOut();
    }

    @Test
    @Order(99)
    void eachMainPageAnswersQuicklyEnough() {
        List<String> pages = new ArrayList<>(List.of("queue", "approvals", "cases", "unallocated-cases", "cases/caseloads"));
        if (referralId != null) {
            pages.add("referrals/" + referralId);
        }
        timeAgain("triage-manager", pages, Duration.ZERO);
        // 2 API calls a load (the scorecard, then the 12 months in one read): paced as a person reading the page is,
        // well under the gateway's 20 calls a second per person
        timeAgain("performance-analyst", List.of("performance"), Duration.ofMillis(700));
        System.out.println("Staff console page times (request to last byte, through the gateway, ms):");
        browser.pageTimes().forEach((page, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "  %-32s n=%3d  p50 %6.1f  p95 %6.1f  max %6.1f%n", page, sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
        });
    }

    /** Each page 20 times more, signed in as this person, for its page time; every one whole. */
    private void timeAgain(String person, List<String> pages, Duration pause) {
        signIn(person);
        for (String page : pages) {
            for (int i = 0; i < 20; i++) {
                browser.go(console + page);
                browser.recordTime("again: " + (referralId == null ? page : page.replace(referralId, "{id}")));
                assertThat(browser.has(By.id("months-unavailable"))).as("%s read whole", page).isFalse();
                assertThat(browser.driver().getTitle()).as("%s answered", page).doesNotContain("problem")
                        .doesNotContain("do not have access");
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        signOut();
    }

    /** The family's Webstar of the case page, of the {@code type}-th kind (baseline, review, …), scored from {@code low}. */
    private void recordTheFamilysWebstar(int type, LocalDate assessed, int low) {
        WebElement form = browser.driver().findElement(By.id("webstar-family-form"));
        form.findElements(By.cssSelector("input[name='type']")).get(type).sendKeys(org.openqa.selenium.Keys.SPACE);
        form.findElement(By.name("assessed.day")).sendKeys(String.valueOf(assessed.getDayOfMonth()));
        form.findElement(By.name("assessed.month")).sendKeys(String.valueOf(assessed.getMonthValue()));
        form.findElement(By.name("assessed.year")).sendKeys(String.valueOf(assessed.getYear()));
        List<WebElement> scores = form.findElements(By.cssSelector("input[name^='scores[']"));
        assertThat(scores).as("the configured Webstar's areas").isNotEmpty();
        for (int i = 0; i < scores.size(); i++) {
            scores.get(i).clear();
            scores.get(i).sendKeys(String.valueOf(low + i % 5));
        }
        browser.press(By.cssSelector("#webstar-family-form button.govuk-button"));
        assertThat(browser.text()).contains("The Webstar was recorded");
    }

    /** Logs a call on the open "Log a call" page, from the keyboard, and answers the reference read out. */
    private String logACall(String firstName, String lastName, String pathway, boolean checkPages) {
        browser.go(console + "calls/new");
        if (checkPages) {
            browser.check("log-a-call");
        }
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        browser.openDetails("Caller's postal address");
        List.of(
                Map.entry("referrer.type", "PROFESSIONAL"),
                Map.entry("referrer.name", "A. Teacher"),
                Map.entry("referrer.role", "Designated safeguarding lead"),
                Map.entry("referrer.organisation", "Ludlow Primary"),
                Map.entry("referrer.phone", "01584 000000"),
                Map.entry("referrer.email", "dsl@example.org"),
                Map.entry("referrer.postalAddress.line1", "Ludlow Primary"),
                Map.entry("referrer.postalAddress.town", "Ludlow"),
                Map.entry("referrer.postalAddress.postcode", "SY8 1AB"),
                Map.entry("channel", "PHONE"),
                Map.entry("sourceCode", "2A"),
                Map.entry("children[0].firstName", firstName),
                Map.entry("children[0].lastName", lastName),
                Map.entry("children[0].dateOfBirth.day", "2"),
                Map.entry("children[0].dateOfBirth.month", "4"),
                Map.entry("children[0].dateOfBirth.year", "2016"),
                Map.entry("children[0].gender", "FEMALE"),
                Map.entry("children[0].address.line1", "1 Broad Street"),
                Map.entry("children[0].address.town", "Ludlow"),
                Map.entry("children[0].address.postcode", "SY8 1AA"),
                Map.entry("concerns", "Attendance has fallen to 70% this term and Sam has said she is frightened at home."),
                Map.entry("needIdentifiedAt.day", String.valueOf(yesterday.getDayOfMonth())),
                Map.entry("needIdentifiedAt.month", String.valueOf(yesterday.getMonthValue())),
                Map.entry("needIdentifiedAt.year", String.valueOf(yesterday.getYear())),
                Map.entry("needIdentifiedAt.time", "09:30"),
                Map.entry("pathway", pathway),
                Map.entry("urgency", "ROUTINE"),
                Map.entry("consent.status", "GIVEN"))
                .forEach(field -> browser.fill(field.getKey(), field.getValue()));
        browser.fill("consent.givenBy", "Mother");
        browser.fill("consent.givenAt.day", String.valueOf(yesterday.getDayOfMonth()));
        browser.fill("consent.givenAt.month", String.valueOf(yesterday.getMonthValue()));
        browser.fill("consent.givenAt.year", String.valueOf(yesterday.getYear()));
        browser.fill("consent.givenAt.time", "9:15");
        browser.press(By.cssSelector("button.govuk-button[name='action'][value='log']"));

        assertThat(browser.text()).as("the confirmation").contains("Reference");
        String reference = browser.driver().findElement(By.id("reference")).getText();
        assertThat(reference).isNotBlank();
        assertThat(browser.driver().getTitle()).doesNotContain(firstName).doesNotContain(lastName);
        return reference;
    }

    private void signIn(String person) {
        browser.forgetEveryone();
        browser.go(console);
        assertThat(browser.driver().getCurrentUrl()).as("the identity provider's sign-in")
                .startsWith(platform.endpoints().issuerUrl());
        browser.fill("username", person);
        browser.fill("password", "demo");
        browser.pressButton("Sign in");
        assertThat(browser.driver().getCurrentUrl()).as("back at the console, through the gateway")
                .startsWith(console);
        assertThat(browser.text()).contains(person);
    }

    private void signOut() {
        browser.pressButton("Sign out");
        assertThat(browser.driver().getCurrentUrl()).startsWith(console + "signed-out");
        browser.check("signed-out");
    }

    private void chooseTheFirstOptionOf(String select) {
        List<WebElement> options = browser.driver().findElements(By.cssSelector("select[name='" + select
                + "'] option:not([value=''])"));
        if (!options.isEmpty()) {
            browser.fill(select, options.get(0).getAttribute("value"));
        }
    }

    /** Asks for the address from inside the page, with the person's session, as opening the link would. */
    private boolean pdfAt(String href) {
        Object contentType = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => done(r.ok ? r.headers.get('content-type') : 'status ' + r.status))"
                        + ".catch(e => done('failed ' + e));", href);
        return String.valueOf(contentType).startsWith("application/pdf");
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
