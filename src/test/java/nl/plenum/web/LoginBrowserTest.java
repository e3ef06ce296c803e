package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

@QuarkusTest
@Tag("browser")
class LoginBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @jakarta.inject.Inject
    nl.plenum.Fixtures fixtures;

    @BeforeEach
    void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.desktop(base);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void publicPagesAreAccessible() {
        browser.open("/");
        assertEquals("nl", browser.find("html").getAttribute("lang"));
        browser.check("home");
        browser.open("/toegankelijkheid");
        browser.check("accessibility");
        browser.open("/bestaat-niet");
        browser.check("not-found");
    }

    @Test
    void aVisitorLogsInThroughTheProviderAndOut() {
        browser.login("bezoeker");
        assertEquals("/", browser.path());
        assertTrue(browser.text(".plenum-account__name").contains("bezoeker"), browser.text(".plenum-account__name"));
        Cookie session = browser.driver.manage().getCookieNamed("q_session");
        assertTrue(session != null && session.isSecure() && session.isHttpOnly(), "session cookie must be Secure and HttpOnly: " + session);
        browser.check("home-logged-in");
        browser.logout();
        assertEquals(null, browser.driver.manage().getCookieNamed("q_session"));
    }

    @Test
    void pagesForOtherRolesAnswerWithAReadableRefusal() {
        browser.login("bezoeker");
        for (String page : new String[] {"/vote", "/chair", "/secretariat", "/screen/1"}) {
            browser.open(page);
            assertEquals("Geen toegang", browser.text("h1"), page);
        }
        browser.check("forbidden");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        fixtures.member(nl.plenum.Fixtures.uniqueCode("GM"), 1);
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        long ballot = fixtures.count("INSERT INTO ballot (resolution_id, question) VALUES (?, 'Zonder token?') RETURNING id", resolution);
        browser.login("voorzitter");
        browser.open("/chair/ballots/" + ballot);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('input[name=\"csrf-token\"]').forEach(i => i.remove());");
        browser.clickAndWait("#open-ballot");
        browser.waiting(15).until(d -> d.getCurrentUrl().endsWith("/open"));
        assertEquals("DRAFT", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        browser.open("/chair/ballots/" + ballot);
        browser.clickAndWait("#open-ballot");
        browser.waitForText("#ballot-state", "Stemming open");
        assertEquals("OPEN", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        fixtures.update("UPDATE ballot SET state = 'CANCELLED' WHERE id = ?", ballot);
    }

    @Test
    void aWrongPasswordIsRefusedByTheProvider() {
        browser.open("/login");
        browser.find("#username").sendKeys("voorzitter");
        browser.find("#password").sendKeys("geraden");
        browser.clickAndWait("#login");
        assertTrue(browser.text("#error").contains("verkeerd wachtwoord"));
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        browser.open("/toegankelijkheid");
        browser.clickAndWait("button[name='lang'][value='en']");
        browser.waitForText("h1", "Accessibility statement");
        assertEquals("en", browser.find("html").getAttribute("lang"));
        browser.open("/");
        assertEquals("General assembly", browser.text("h1"));
        browser.clickAndWait("button[name='lang'][value='nl']");
        browser.waitForText("h1", "Algemene ledenvergadering");
    }
}
