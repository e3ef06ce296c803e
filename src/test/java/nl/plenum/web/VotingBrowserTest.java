package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A whole ballot through the pages, in a real browser, with every page checked by axe-core:
 * the secretariat creates it, the chair opens it and watches the turnout arrive live, delegates
 * vote (one by mandate for a second member) and change their vote, the chair closes, the
 * secretariat publishes, and the public sees "Voor 99,44 %".
 */
@QuarkusTest
@Tag("browser")
class VotingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    final List<Browser> browsers = new ArrayList<>();

    String big;
    String small;
    String mandating;
    long resolution;
    long assembly;

    @BeforeEach
    void assemblyWithThreeMembers() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        big = Fixtures.uniqueCode("GM");
        small = Fixtures.uniqueCode("GM");
        mandating = Fixtures.uniqueCode("GM");
        long bigId = fixtures.member(big, 9944);
        fixtures.member(small, 56);
        long mandatingId = fixtures.member(mandating, 100);
        assembly = fixtures.assembly();
        fixtures.update("UPDATE assembly SET status = 'IN_SESSION', title = 'Algemene ledenvergadering 2026' WHERE id = ?", assembly);
        fixtures.update("UPDATE member SET name = 'Amsterdam' WHERE code = ?", big);
        fixtures.update("UPDATE member SET name = 'Rotterdam' WHERE code = ?", small);
        fixtures.update("UPDATE member SET name = 'Utrecht' WHERE code = ?", mandating);
        resolution = fixtures.resolution(assembly);
        fixtures.update("UPDATE resolution SET agenda_item = '8a', title = 'Jaarrekening 2025', text_markdown = ? WHERE id = ?",
                "De algemene ledenvergadering stelt de jaarrekening 2025 vast.\nDe directie wordt gedechargeerd.", resolution);
        fixtures.mandate(assembly, mandatingId, bigId);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aBallotFromCreationToPublishedResult() {
        Browser secretariat = open(Browser.desktop(base));
        secretariat.login("secretariaat");
        assertEquals("/secretariat", secretariat.path());
        secretariat.open("/secretariat?assembly=" + assembly);
        String summary = "details:has(form[action='/secretariat/resolutions/" + resolution + "/ballots'])";
        secretariat.find(summary + " summary").click();
        secretariat.find("#question-" + resolution).sendKeys("Stemt u in met de jaarrekening 2025?");
        new Select(secretariat.find("#majorityRule-" + resolution)).selectByValue("ABSOLUTE");
        secretariat.find("#quorum-" + resolution).sendKeys("50");
        secretariat.check("secretariat-new-ballot");
        secretariat.clickAndWait(summary + " button[type=submit]");
        secretariat.waiting(15).until(d -> d.getCurrentUrl().contains("#ballot-"));
        long ballot = fixtures.count("SELECT max(id) FROM ballot WHERE resolution_id = ?", resolution);
        assertEquals("DRAFT", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        assertEquals("0.5000", fixtures.string("SELECT quorum::text FROM ballot WHERE id = ?", ballot));
        secretariat.check("secretariat");

        Browser chair = open(Browser.desktop(base));
        chair.login("voorzitter");
        assertEquals("/chair", chair.path());
        chair.open("/chair?assembly=" + assembly);
        chair.check("chair-overview");
        chair.clickAndWait("a[href='/chair/ballots/" + ballot + "']");
        chair.clickAndWait("#open-ballot");
        chair.waitForText("#ballot-state", "Stemming open");
        assertEquals("0", chair.text("#voted-members"));
        markPageAsNotReloaded(chair);
        chair.check("chair-console");

        Browser delegate = open(Browser.phone(base));
        delegate.loginAsDelegateOf(big);
        assertEquals("/vote", delegate.path());
        delegate.check("delegate-ballots");
        delegate.clickAndWait("a[href='/vote/" + ballot + "']");
        assertEquals(2, delegate.findAll("form.plenum-vote").size(), "own member and the mandating member");
        assertTrue(delegate.text("main").contains("De directie wordt gedechargeerd."));
        delegate.check("delegate-ballot");
        vote(delegate, big, "NO");
        assertEquals("Tegen", delegate.text("#recorded-choice"));
        String firstReceipt = delegate.text("#receipt");
        assertTrue(firstReceipt.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){6}"), firstReceipt);
        delegate.check("delegate-recorded");
        delegate.clickAndWait("form.plenum-vote button[value='YES']");
        assertEquals("Voor", delegate.text("#recorded-choice"));
        assertTrue(delegate.text("h1").contains("gewijzigd"));
        chair.waitForText("#voted-members", "1");
        delegate.open("/vote/" + ballot);
        vote(delegate, mandating, "ABSTAIN");
        assertEquals("Onthouding", delegate.text("#recorded-choice"));
        chair.waitForText("#voted-members", "2");

        delegate.driver.manage().deleteAllCookies();
        delegate.loginAsDelegateOf(small);
        delegate.open("/vote/" + ballot);
        vote(delegate, small, "NO");
        chair.waitForText("#voted-members", "3");
        chair.waitForText("[data-field=percent]", "100,00");
        assertTrue(chair.find("[data-field=allVoted]").isDisplayed(), "everyone voted");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) chair.driver).executeScript("return window.plenumNotReloaded === true"),
                "the turnout arrived without a reload");
        assertTrue(!chair.text("main").contains("%") || !chair.text("main").contains("99,44"), "no interim tally on the console");

        Browser screen = open(Browser.desktop(base));
        screen.login("voorzitter");
        screen.open("/screen/" + ballot);
        screen.check("screen-open");

        chair.clickAndWait("#close-ballot");
        assertEquals("Stemming sluiten?", chair.text("h1"), "closing asks first");
        assertEquals("3 van 3 leden hebben gestemd.", chair.text("#close-turnout"));
        assertEquals("OPEN", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot), "asking changes nothing");
        chair.check("chair-close-confirm");
        chair.clickAndWait("#confirm-close button");
        chair.waitForText("#verdict", "Aangenomen met 99,44 % voor");
        chair.check("chair-console-closed");
        // the shipped projector setting shows the result on the wall only once it is published
        screen.waitForText("#result-follows", "De uitslag volgt na publicatie.");
        assertTrue(screen.findAll("#verdict").isEmpty(), "no result on the projector before publication");

        delegate.open("/vote/" + ballot);
        assertTrue(delegate.text("main").contains("De stemming is gesloten"), delegate.text("main"));

        Browser visitor = open(Browser.desktop(base));
        visitor.open("/results/" + ballot);
        assertTrue(visitor.text("h1").contains("niet gepubliceerd"), "no result before publication");

        secretariat.open("/secretariat?assembly=" + assembly);
        secretariat.clickAndWait("#publish-" + ballot);
        assertEquals("Uitslag publiceren?", secretariat.text("h1"), "publishing asks first");
        assertEquals("CLOSED", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot), "asking changes nothing");
        secretariat.check("secretariat-publish-confirm");
        secretariat.clickAndWait("#confirm-publish button");
        secretariat.waitForText("#ballot-" + ballot, "Uitslag gepubliceerd");
        assertEquals("PUBLISHED", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        // the projector reloads by itself
        screen.waiting(30).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("verdict")));
        assertEquals("Aangenomen met 99,44 % voor", screen.text("#verdict"));
        screen.check("screen-result");

        visitor.open("/results/" + ballot);
        assertEquals("Aangenomen met 99,44 % voor", visitor.text("#verdict"));
        String table = visitor.text("#result-table");
        assertTrue(table.contains("Voor 2 10.044 99,44 %") || table.contains("Voor 1 9.944 99,44 %"), table);
        assertTrue(table.contains("Tegen 1 56 0,56 %"), table);
        assertTrue(visitor.text("#turnout").contains("3 van 3 leden"), visitor.text("#turnout"));
        String rollCall = visitor.text("#rollcall");
        assertTrue(rollCall.contains("Amsterdam") && rollCall.contains(small) && rollCall.contains("Onthouding"), rollCall);
        visitor.check("results");
    }

    private Browser open(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    private static void vote(Browser delegate, String member, String choice) {
        delegate.clickAndWait("form.plenum-vote:has(input[name=member][value='" + member + "']) button[value='" + choice + "']");
        delegate.waitForText("h1", "Uw stem is");
    }

    /** A flag that survives only as long as the page is not reloaded. */
    private static void markPageAsNotReloaded(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript("window.plenumNotReloaded = true;");
    }
}
