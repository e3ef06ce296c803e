package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Logout, attacked: a copied session cookie after logout, and a logout link on another site. */
@QuarkusTest
@Tag("browser")
class LogoutBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser chair;

    @BeforeEach
    void loggedInChair() {
        Browser.assumeInstalled();
        chair = Browser.desktop(base);
        chair.login("voorzitter");
    }

    @AfterEach
    void closeBrowser() {
        if (chair != null) {
            chair.close();
        }
    }

    @Test
    void aCopiedSessionCookieStopsWorkingAfterLogout() {
        Map<String, String> copied = chair.driver.manage().getCookies().stream()
                .filter(c -> c.getName().startsWith("q_session"))
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
        assertFalse(copied.isEmpty(), "logged in with a session cookie");
        given().redirects().follow(false).cookies(copied).when().get("/chair").then().statusCode(200);

        chair.logout();

        String provider = ConfigProvider.getConfig().getValue("plenum.test-login.url", String.class);
        given().redirects().follow(false).cookies(copied).when().get("/chair")
                .then().statusCode(302).header("Location", startsWith(provider));
        chair.open("/chair");
        assertTrue(chair.driver.getCurrentUrl().startsWith(provider), "the browser itself must log in again");
    }

    @Test
    void aLogoutLinkOnAnotherSiteOnlyAsks() {
        chair.open("/logout");
        assertEquals("Uitloggen", chair.text("h1"));
        chair.check("logout-confirm");
        chair.open("/chair");
        assertEquals("/chair", chair.path(), "still logged in after a GET of /logout");
        assertTrue(chair.findAll("form[action='/logout']").size() > 0);

        chair.open("/logout");
        chair.clickAndWait("#confirm-logout button");
        chair.open("/chair");
        assertFalse(chair.path().equals("/chair") && chair.driver.getCurrentUrl().startsWith(base.toString()), "logged out by the form");
    }
}
