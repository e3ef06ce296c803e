package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.plenum.TestLoginProvider;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package) driven by Selenium through Debian's chromedriver;
 * never a downloaded browser or driver. Checks every page it is asked to with axe-core.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target/frontend/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    final WebDriver driver;
    private final URL base;
    private final Path profile;
    private final ChromeDriverService service;

    /** Browser tests must run in CI; only a developer without Chromium may skip them, and is told so. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("Chromium and chromedriver are required in CI (.ci/run installs them): " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "SKIPPED browser tests: Chromium not installed here. "
                + "Install with: apt-get install -y chromium chromium-driver");
    }

    Browser(URL base, int width, int height) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("plenum-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--lang=nl-NL", "--accept-lang=nl-NL,nl", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10)); // a loaded CI machine can be slow to navigate
    }

    static Browser desktop(URL base) {
        return new Browser(base, 1280, 900);
    }

    /**
     * A 390 × 844 CSS-pixel viewport. Headless Chromium will not make a window that narrow (it keeps
     * about 500 px), so the phone's screen is set through the DevTools device emulation instead.
     */
    static Browser phone(URL base) {
        Browser phone = new Browser(base, 390, 844);
        ((ChromeDriver) phone.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return phone;
    }

    /** A projector or monitor: a viewport of exactly width × height CSS pixels, whatever the window's frame takes. */
    static Browser screen(URL base, int width, int height) {
        Browser screen = new Browser(base, width, height);
        ((ChromeDriver) screen.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return screen;
    }

    void open(String path) {
        driver.get(url(path));
    }

    String url(String path) {
        String root = base.toString().replaceAll("/$", "");
        return root + path;
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Polls until the element shows the text; an element of a document being replaced is asked again, not fatal. */
    void waitForText(String css, String expected) {
        waiting(15).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    /** Logs in through the provider's real form, starting from the site's own login link. */
    void login(String user) {
        open("/");
        clickAndWait("a[href='/login']");
        submitLoginForm(user);
    }

    /** Fills in the provider's login form the browser shows now and waits until it is back on the site. */
    void submitLoginForm(String user) {
        waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        find("#username").sendKeys(user);
        find("#password").sendKeys(TestLoginProvider.PASSWORD);
        clickAndWait("#login");
        waiting(15).until(d -> d.getCurrentUrl().startsWith(base.toString().replaceAll("/$", "")));
    }

    /**
     * Clicks a link or submit button that loads another page, and waits until that page has replaced
     * this one. Without the wait, the next {@code find} can read the old page while it is being
     * replaced (StaleElementReferenceException) or pass on its stale text.
     */
    void clickAndWait(String css) {
        WebElement target = find(css);
        markPage();
        target.click();
        waitForNextPage();
    }

    /**
     * Marks the current page's window; a navigation gives the next page a new window without the mark.
     * (No element of the old page is asked: chromedriver may fail on a node of a document being replaced.)
     */
    void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.plenumPreviousPage = true;");
    }

    /** Waits until the page marked by {@link #markPage} is gone and the next one has loaded. */
    void waitForNextPage() {
        waiting(30).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.plenumPreviousPage !== true && document.readyState === 'complete';")));
    }

    /** The test provider's delegate of that member ({@code afgevaardigde-<code in lower case>}), bound in the register first. */
    void loginAsDelegateOf(String memberCode) {
        nl.plenum.Delegates.registeredWebLogin(memberCode);
        login("afgevaardigde-" + memberCode.toLowerCase(java.util.Locale.ROOT));
    }

    void logout() {
        clickAndWait("form[action='/logout'] button");
        waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; fails on any serious or critical violation. */
    void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            fail("axe-core is missing at " + AXE + ": the Maven build installs it with npm ci", e);
        }
        // axe on a page of several hundred rows, on a machine shared by several builds, can take over a minute
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify({ error: String(e) })));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("{")) {
            fail("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
        }
        List<String> blocking = new ArrayList<>();
        for (Object v : new JsonArray(json)) {
            JsonObject violation = (JsonObject) v;
            if (BLOCKING_IMPACTS.contains(violation.getString("impact"))) {
                List<String> targets = new ArrayList<>();
                for (Object n : violation.getJsonArray("nodes")) {
                    targets.add(((JsonObject) n).getJsonArray("target").encode());
                }
                blocking.add(violation.getString("impact") + " " + violation.getString("id") + ": "
                        + violation.getString("help") + " at " + targets);
            }
        }
        assertEquals(List.of(), blocking, "accessibility violations on " + driver.getCurrentUrl());
    }

    /** Screenshot and accessibility check of the page the browser shows now. */
    void check(String screenshotName) {
        screenshot(screenshotName);
        assertAccessible();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
