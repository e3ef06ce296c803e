package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The secretariat changes and removes members and agenda items through the pages. */
@QuarkusTest
@Tag("browser")
class EditingBrowserTest extends SecretariatBrowserBase {

    @Test
    void aMembersWeightIsChangedFromTheList() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 3);
        browser.open("/secretariat/members?q=" + code);
        browser.clickAndWait("#members a[href='/secretariat/members/" + code + "']");
        browser.waitForText("h1", code);
        assertEquals("3", browser.find("#weight").getAttribute("value"));
        browser.check("secretariat-member");

        replace("#weight", "7");
        replace("#inhabitants", "12.500");
        browser.clickAndWait("#edit-member button[type=submit]");
        browser.waitForText("#notice", "Lid " + code + " is opgeslagen.");
        assertEquals(7, fixtures.count("SELECT weight FROM member WHERE code = ?", code));
        assertEquals(12500, fixtures.count("SELECT inhabitants FROM member WHERE code = ?", code));
        assertTrue(row(code).getText().contains("7"), row(code).getText());
    }

    @Test
    void aBadEditShowsWhatIsWrongKeepsWhatWasTypedAndChangesNothing() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 3);
        browser.open("/secretariat/members/" + code);
        replace("#name", "=SOM(A1)");
        replace("#inhabitants", "veel");
        replace("#weight", "-2");
        assertEquals(400, submitStatus("#edit-member"));
        browser.clickAndWait("#edit-member button[type=submit]");
        browser.waitForText("#form-problem", "Inwoners: 'veel' is geen geheel getal");
        assertTrue(browser.text("#form-problem").contains("Gewicht: mag niet negatief zijn"), browser.text("#form-problem"));
        assertTrue(browser.text("#form-problem").contains("Naam: mag niet beginnen met = + - @"), browser.text("#form-problem"));
        assertEquals("veel", browser.find("#inhabitants").getAttribute("value"));
        assertEquals("-2", browser.find("#weight").getAttribute("value"));
        assertEquals("=SOM(A1)", browser.find("#name").getAttribute("value"));
        assertTrue(browser.text("#weight-error").contains("mag niet negatief zijn"), "the problem sits next to the field");
        assertEquals("true", browser.find("#weight").getAttribute("aria-invalid"));
        assertEquals("weight-help weight-error", browser.find("#weight").getAttribute("aria-describedby"));
        browser.check("secretariat-member-error");

        // the browser's own required check is not what keeps an empty name out
        replace("#inhabitants", "100");
        replace("#weight", "");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('name').removeAttribute('required');");
        replace("#name", "");
        browser.clickAndWait("#edit-member button[type=submit]");
        browser.waitForText("#form-problem", "Naam: is verplicht");

        assertEquals("Gemeente " + code, fixtures.string("SELECT name FROM member WHERE code = ?", code));
        assertEquals(3, fixtures.count("SELECT weight FROM member WHERE code = ?", code));
        assertEquals(0, fixtures.count("SELECT inhabitants FROM member WHERE code = ?", code));
    }

    @Test
    void anUnreferencedMemberIsDeletedAfterConfirmation() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 2);
        browser.open("/secretariat/members/" + code);
        browser.clickAndWait("#remove-member");
        browser.waitForText("h1", "verwijderen?");
        assertEquals(1, fixtures.count("SELECT count(*) FROM member WHERE code = ?", code), "asking changes nothing");
        browser.check("secretariat-member-remove");

        browser.clickAndWait("#confirm-removal button[type=submit]");
        browser.waitForText("#notice", "Lid " + code + " is verwijderd.");
        assertEquals(0, fixtures.count("SELECT count(*) FROM member WHERE code = ?", code));
        assertFalse(browser.text("#members").contains(code));
    }

    @Test
    void aMemberWithAMandateIsDeactivatedInstead() {
        String code = Fixtures.uniqueCode("GM");
        long member = fixtures.member(code, 2);
        long proxy = fixtures.member(Fixtures.uniqueCode("GM"), 2);
        fixtures.mandate(fixtures.assembly(), member, proxy);
        browser.open("/secretariat/members/" + code + "/delete");
        browser.clickAndWait("#confirm-removal button[type=submit]");
        browser.waitForText("#notice", "niet verwijderd maar gedeactiveerd");
        assertEquals("f", fixtures.string("SELECT active FROM member WHERE code = ?", code));
        assertTrue(row(code).getText().contains("nee"), row(code).getText());
    }

    @Test
    void unknownMembersAndResolutionsAreReadable404Pages() {
        for (String page : new String[] {"/secretariat/members/ONBEKEND1", "/secretariat/members/ONBEKEND1/delete",
                "/secretariat/agenda/987654321", "/secretariat/agenda/987654321/delete"}) {
            browser.open(page);
            browser.waitForText("h1", "Pagina niet gevonden");
            assertEquals(404, getStatus(page));
        }
        assertEquals(200, getStatus("/secretariat/members/export"), "the CSV export is not taken for a member code");
    }

    @Test
    void aResolutionIsChangedFromTheAgenda() {
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        long other = fixtures.resolution(assembly);
        String taken = fixtures.string("SELECT agenda_item FROM resolution WHERE id = ?", other);
        browser.open("/secretariat/assemblies/" + assembly);
        browser.clickAndWait(".plenum-agenda a[href='/secretariat/agenda/" + resolution + "']");
        browser.waitForText("h1", "Agendapunt");
        browser.check("secretariat-resolution");

        replace("#title", "Begroting 2027");
        new Select(browser.find("#status")).selectByValue("WITHDRAWN");
        browser.clickAndWait("#edit-resolution button[type=submit]");
        browser.waitForText("#notice", "is opgeslagen");
        assertEquals("Begroting 2027", fixtures.string("SELECT title FROM resolution WHERE id = ?", resolution));
        assertEquals("WITHDRAWN", fixtures.string("SELECT status FROM resolution WHERE id = ?", resolution));
        browser.waitForText(".plenum-agenda", "Ingetrokken");

        browser.open("/secretariat/agenda/" + resolution);
        String item = browser.find("#agendaItem").getAttribute("value");
        replace("#agendaItem", taken);
        assertEquals(409, submitStatus("#edit-resolution"));
        browser.clickAndWait("#edit-resolution button[type=submit]");
        browser.waitForText("#form-problem", "al een agendapunt met dat nummer");
        assertEquals(item, fixtures.string("SELECT agenda_item FROM resolution WHERE id = ?", resolution));
    }

    @Test
    void aResolutionNotVotedOnIsDeletedWithItsDraftBallot() {
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        fixtures.update("INSERT INTO ballot (resolution_id, question) VALUES (?, 'Concept')", resolution);
        browser.open("/secretariat/agenda/" + resolution);
        browser.clickAndWait("#remove-resolution");
        browser.waitForText("h1", "verwijderen?");
        browser.waitForText("main", "nooit geopend");
        browser.check("secretariat-resolution-remove");

        browser.clickAndWait("#confirm-removal button[type=submit]");
        browser.waitForText("#notice", "van de agenda gehaald");
        assertEquals("/secretariat/assemblies/" + assembly, browser.path());
        assertEquals(0, fixtures.count("SELECT count(*) FROM resolution WHERE id = ?", resolution));
        assertEquals(0, fixtures.count("SELECT count(*) FROM ballot WHERE resolution_id = ?", resolution));
    }

    @Test
    void aResolutionVotedOnIsNotDeletedAndThePageSaysWhy() {
        long resolution = fixtures.resolution(fixtures.assembly());
        fixtures.update("INSERT INTO ballot (resolution_id, question) VALUES (?, 'Concept')", resolution);
        browser.open("/secretariat/agenda/" + resolution + "/delete");
        // meanwhile the ballot is opened (and cancelled): by the time the secretariat confirms, votes may exist
        fixtures.update("UPDATE ballot SET state = 'CANCELLED', opened_at = now() WHERE resolution_id = ?", resolution);
        browser.clickAndWait("#confirm-removal button[type=submit]");
        browser.waitForText("#form-problem", "er is al over gestemd");
        assertEquals(1, fixtures.count("SELECT count(*) FROM resolution WHERE id = ?", resolution));
        browser.check("secretariat-resolution-refused");

        browser.open("/secretariat/agenda/" + resolution + "/delete");
        browser.waitForText("#removal-refused", "Ingetrokken");
        assertTrue(browser.findAll("#confirm-removal").isEmpty(), "no delete button for an item that was voted on");
    }

    private WebElement row(String code) {
        browser.open("/secretariat/members?q=" + code);
        return browser.find("#members tbody tr");
    }

    private void replace(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The status the form's submission gets, fetched in the browser's own session (CSRF token included). */
    private int submitStatus(String formCss) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector(arguments[0]);
                fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual' })
                    .then(r => done(r.status)).catch(e => done(-1));
                """, formCss)).intValue();
    }

    private int getStatus(String path) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status)).catch(e => done(-1));
                """, path)).intValue();
    }
}
