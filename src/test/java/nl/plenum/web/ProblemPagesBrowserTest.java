package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Unknown things asked for on the working pages answer the readable 404 page, never problem+json. */
@QuarkusTest
@Tag("browser")
class ProblemPagesBrowserTest {

    private static final long UNKNOWN = 987_654_321L;

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @BeforeEach
    void start() {
        Browser.assumeInstalled();
        browser = Browser.desktop(base);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void unknownAssembliesOnTheSecretariatsPages() {
        browser.login("secretariaat");
        for (String page : new String[] {"/secretariat/assemblies/" + UNKNOWN, "/secretariat?assembly=" + UNKNOWN}) {
            browser.open(page);
            assertReadable404(page);
        }
        browser.check("error-unknown-assembly");
    }

    @Test
    void anUnknownAssemblyOnTheChairsPage() {
        browser.login("voorzitter");
        browser.open("/chair?assembly=" + UNKNOWN);
        assertReadable404("/chair?assembly=" + UNKNOWN);
        browser.open("/chair/ballots/" + UNKNOWN + "/open");
        assertEquals("Deze actie kan niet via dit adres", browser.text("h1"), "a GET of the open form's address");
        browser.open("/chair/ballots/" + UNKNOWN + "/close");
        assertReadable404("/chair/ballots/" + UNKNOWN + "/close");
    }

    private void assertReadable404(String page) {
        assertEquals("Pagina niet gevonden", browser.text("h1"), page);
        assertFalse(browser.driver.getPageSource().contains("\"status\""), page + " answered JSON");
    }
}
