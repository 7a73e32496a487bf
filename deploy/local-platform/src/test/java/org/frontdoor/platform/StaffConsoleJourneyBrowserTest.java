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
 * queue; a triage worker claims it and proposes level 4; a manager approves it; the outcome letter exists. Every page
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
        platform = LocalPlatform.start(new PlatformSettings(data, Ports.free()));
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

        browser.go(console + "calls/new");
        browser.check("log-a-call");
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
                Map.entry("children[0].firstName", "Sam"),
                Map.entry("children[0].lastName", "Browser"),
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
                Map.entry("pathway", "EARLY_HELP"),
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
        referralId = browser.driver().findElement(By.id("reference")).getText();
        assertThat(referralId).isNotBlank();
        assertThat(browser.driver().getTitle()).doesNotContain("Sam").doesNotContain("Browser");
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
    @Order(99)
    void eachMainPageAnswersQuicklyEnough() {
        signIn("triage-manager");
        List<String> pages = new ArrayList<>(List.of("queue", "approvals"));
        if (referralId != null) {
            pages.add("referrals/" + referralId);
        }
        for (String page : pages) {
            for (int i = 0; i < 20; i++) {
                browser.go(console + page);
                browser.recordTime("again: " + page.replace(referralId == null ? "\u0000" : referralId, "{id}"));
            }
        }
        System.out.println("Staff console page times (request to last byte, through the gateway, ms):");
        browser.pageTimes().forEach((page, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "  %-32s n=%3d  p50 %6.1f  p95 %6.1f  max %6.1f%n", page, sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
        });
        signOut();
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
