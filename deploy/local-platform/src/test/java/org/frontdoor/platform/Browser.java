package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real browser: Debian's {@code chromium}, driven headless through {@code chromium-driver} (the
 * binaries found on this machine, never downloaded). Every page it is asked to {@link #check} is run through axe-core
 * for WCAG 2.2 AA, saved as a screenshot under {@code target/screenshots/}, and its time to the last byte recorded.
 * Forms are filled and sent from the keyboard (typing, then Enter or Space on the button), as a trained officer
 * would on the phone.
 */
final class Browser implements AutoCloseable {

    /** Where Debian puts them; {@code CHROME_BIN} / {@code CHROMEDRIVER} name others. */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final String HOW_TO_INSTALL = "Chromium is not installed, so the staff console's browser tests are skipped: "
            + "apt-get install chromium chromium-driver (.ci/run does this), or set CHROME_BIN and CHROMEDRIVER";
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final Path screenshots;
    private final Map<String, List<Double>> pageTimes = new LinkedHashMap<>();

    private Browser(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    static Browser open(Path screenshots) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1024", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, screenshots);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String url) {
        driver.get(url);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * This page, checked: no axe-core violation of WCAG 2.2 AA, a screenshot {@code NAME.png}, and its time recorded
     * under {@code name}. The title names the page, never a person.
     */
    void check(String name) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core violations on %s (%s):%n%s", name, path(), describe(violations))
                .isEmpty();
        screenshot(name);
        recordTime(name);
    }

    void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of one part of the page (a chart), scrolled into view. */
    void screenshot(String name, By part) {
        byte[] png = driver.findElement(part).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The navigation's time from the request to the last byte of the page (the server's work and the transfer). */
    void recordTime(String name) {
        Object millis = ((JavascriptExecutor) driver).executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + " return n ? n.responseEnd - n.requestStart : null;");
        if (millis instanceof Number number) {
            pageTimes.computeIfAbsent(name, key -> new ArrayList<>()).add(number.doubleValue());
        }
    }

    Map<String, List<Double>> pageTimes() {
        return pageTimes;
    }

    /** Types into the field of this {@code name}: text, a select's option by value, or the radio/checkbox of this value. */
    void fill(String name, String value) {
        List<WebElement> fields = driver.findElements(By.name(name));
        assertThat(fields).as("a field named %s on %s", name, path()).isNotEmpty();
        WebElement field = fields.get(0);
        String type = Optional.ofNullable(field.getAttribute("type")).orElse("").toLowerCase(Locale.ROOT);
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else if (type.equals("radio") || type.equals("checkbox")) {
            WebElement choice = fields.stream().filter(f -> value.equals(f.getAttribute("value"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " of value " + value + " on " + path()));
            if (!choice.isSelected()) {
                choice.sendKeys(Keys.SPACE);
            }
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Opens a GOV.UK details element by its summary, from the keyboard. */
    void openDetails(String summary) {
        WebElement element = driver.findElement(By.xpath("//summary[normalize-space(.)=\"" + summary + "\"]"));
        WebElement details = element.findElement(By.xpath(".."));
        if (details.getAttribute("open") == null) {
            element.sendKeys(Keys.ENTER);
        }
    }

    /** Forgets whoever was signed in, at the console and at the identity provider (one host, so one cookie jar). */
    void forgetEveryone() {
        driver.manage().deleteAllCookies();
    }

    boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /**
     * Presses the button (by its keyboard: focus and Enter), as someone without a mouse would, and waits for the page
     * it leads to (a key press, unlike a click, is not waited for by the driver).
     */
    void press(By button) {
        WebElement element = driver.findElement(button);
        WebElement page = driver.findElement(By.tagName("html"));
        element.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(gone -> isGone(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(loaded -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the page an element was on has been replaced. Selenium's {@code stalenessOf} expects a stale element
     * reference; Chrome sometimes answers, while the old document is being torn down, "Node with given id does not
     * belong to the document" instead (seen on a loaded machine), which means the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void pressButton(String text) {
        press(By.xpath("//button[normalize-space(.)='" + text + "'] | //input[@type='submit' and @value='" + text + "']"));
    }

    /** Waits for something that happens through the event stream (a referral reaching the queue, a case opening). */
    static void eventually(Duration timeout, String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
