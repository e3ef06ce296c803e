package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Withdrawing a ballot asks first; an open one needs a reason, and the reason is in the audit. */
@QuarkusTest
@Tag("browser")
class ConfirmationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser secretariat;
    long assembly;
    long resolution;

    @BeforeEach
    void loggedInSecretariat() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        fixtures.member(Fixtures.uniqueCode("GM"), 10);
        assembly = fixtures.assembly();
        resolution = fixtures.resolution(assembly);
        secretariat = Browser.desktop(base);
        secretariat.login("secretariaat");
    }

    @AfterEach
    void closeBrowser() {
        if (secretariat != null) {
            secretariat.close();
        }
    }

    @Test
    void anOpenBallotIsWithdrawnOnlyWithAReasonThatGoesIntoTheAudit() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met de begroting 2027?\"}");
        secretariat.open("/secretariat?assembly=" + assembly);
        secretariat.clickAndWait("#cancel-" + ballot);
        assertEquals("Stemming intrekken?", secretariat.text("h1"));
        assertEquals("OPEN", state(ballot), "asking changes nothing");
        secretariat.check("secretariat-cancel-confirm");

        // The browser would not send the form without a reason; the server must refuse it too.
        ((JavascriptExecutor) secretariat.driver).executeScript("document.getElementById('reason').removeAttribute('required');");
        secretariat.clickAndWait("#confirm-cancel button");
        assertTrue(secretariat.text("#confirm-problem").contains("Geef een reden op"), secretariat.text("main"));
        assertTrue(secretariat.text("#reason-error").contains("Geef een reden op"), "the error sits next to the field");
        assertEquals("true", secretariat.find("#reason").getAttribute("aria-invalid"));
        assertTrue(secretariat.find("#reason").getAttribute("aria-describedby").contains("reason-error"));
        assertEquals("OPEN", state(ballot));

        secretariat.find("#reason").sendKeys("De vraag noemde het verkeerde jaar.");
        secretariat.clickAndWait("#confirm-cancel button");
        assertEquals("/secretariat", secretariat.path());
        assertTrue(secretariat.findAll("#ballot-" + ballot).isEmpty(), "a withdrawn ballot leaves the list");
        assertEquals("CANCELLED", state(ballot));
        String audit = fixtures.string("SELECT payload FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CANCELLED'", ballot);
        assertTrue(audit.contains("De vraag noemde het verkeerde jaar."), audit);
    }

    @Test
    void aDraftIsWithdrawnAfterConfirmationWithoutAReason() {
        long ballot = Ballots.draft(resolution, "{\"question\":\"Een ontwerp\"}");
        secretariat.open("/secretariat?assembly=" + assembly);
        secretariat.clickAndWait("#cancel-" + ballot);
        secretariat.clickAndWait("#confirm-cancel button");
        assertEquals("/secretariat", secretariat.path());
        assertTrue(secretariat.findAll("#ballot-" + ballot).isEmpty(), "a withdrawn ballot leaves the list");
        assertEquals("CANCELLED", state(ballot));
    }

    private String state(long ballot) {
        return fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot);
    }
}
