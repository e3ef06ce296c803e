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
    void aWrongPasswordIsRefusedByTheProvider() {
        browser.open("/login");
        browser.find("#username").sendKeys("voorzitter");
        browser.find("#password").sendKeys("geraden");
        browser.find("#login").click();
        assertTrue(browser.text("#error").contains("verkeerd wachtwoord"));
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRemembered() {
        browser.open("/toegankelijkheid");
        browser.find("button[name='lang'][value='en']").click();
        browser.waitForText("h1", "Accessibility statement");
        assertEquals("en", browser.find("html").getAttribute("lang"));
        browser.open("/");
        assertEquals("General assembly", browser.text("h1"));
        browser.find("button[name='lang'][value='nl']").click();
        browser.waitForText("h1", "Algemene ledenvergadering");
    }
}
