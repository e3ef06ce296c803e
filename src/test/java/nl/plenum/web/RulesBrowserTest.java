package nl.plenum.web;

import static io.restassured.RestAssured.given;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 11.4–5 in Chromium: the rules are visible wherever the ballot is, a draft is edited through the page,
 * the delegate is told plainly the ballot is secret, the chair picks another assembly, and the public archive
 * lists published results with the time of the vote.
 */
@QuarkusTest
@Tag("browser")
class RulesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser browser;

    @BeforeEach
    void installed() {
        Browser.assumeInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSecretariatEditsADraftAndSeesItsRules() {
        long assembly = fixtures.assembly();
        long draft = Ballots.draft(fixtures.resolution(assembly), "{\"question\":\"Eerste versie van de vraag?\"}");
        browser = Browser.desktop(base);
        browser.login("secretariaat");
        browser.open("/secretariat?assembly=" + assembly);
        String rules = browser.text("#rules-" + draft);
        assertTrue(rules.contains("gewone meerderheid") && rules.contains("Open stemming") && rules.contains("voor, tegen of onthouding"), rules);

        browser.clickAndWait("#edit-" + draft);
        browser.screenshot("draft-edit");
        browser.check("draft-edit");
        var question = browser.find("#question-" + draft);
        question.clear();
        question.sendKeys("Stemt u in met de gewijzigde resolutie?");
        new Select(browser.find("#majorityRule-" + draft)).selectByValue("TWO_THIRDS");
        browser.find("#quorum-" + draft).sendKeys("50");
        browser.find("#visibility-secret-" + draft).click();
        browser.clickAndWait("#save-draft");

        assertEquals("/secretariat", browser.path());
        assertTrue(browser.text("#saved").contains("opgeslagen"), browser.text("#saved"));
        String edited = browser.text("#rules-" + draft);
        assertTrue(edited.contains("twee derde") && edited.contains("Geheime stemming") && edited.contains("50,00"), edited);
        assertTrue(browser.text("#ballot-" + draft).contains("Stemt u in met de gewijzigde resolutie?"), browser.text("#ballot-" + draft));
        browser.screenshot("secretariat-rules");
        browser.check("secretariat-rules");

        // a typing error keeps what was typed and names the field
        browser.clickAndWait("#edit-" + draft);
        browser.find("#quorum-" + draft).clear();
        browser.find("#quorum-" + draft).sendKeys("150");
        browser.clickAndWait("#save-draft");
        assertEquals("true", browser.find("#quorum-" + draft).getAttribute("aria-invalid"));
        assertEquals("150", browser.find("#quorum-" + draft).getAttribute("value"));
        assertTrue(browser.text("#quorum-" + draft + "-error").length() > 0, "the problem is next to the quorum field");
        assertEquals("quorum-help-" + draft + " quorum-" + draft + "-error", browser.find("#quorum-" + draft).getAttribute("aria-describedby"));
        assertEquals("Stemt u in met de gewijzigde resolutie?", browser.find("#question-" + draft).getAttribute("value"));
    }

    @Test
    void theDelegateIsToldPlainlyThatTheBallotIsSecretAndSeesItsRules() {
        fixtures.deactivateAllMembers();
        String member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 7);
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()),
                "{\"question\":\"Stemt u in met de benoeming?\",\"visibility\":\"SECRET\",\"majorityRule\":\"ABSOLUTE\",\"quorum\":0.5}");
        browser = Browser.phone(base);
        browser.loginAsDelegateOf(member);
        browser.open("/vote");
        assertTrue(browser.text(".plenum-seat-list").contains("Geheime stemming"), browser.text(".plenum-seat-list"));
        browser.open("/vote/" + ballot);
        assertTrue(browser.text("#secret-notice").contains("Niemand ziet wat u stemt"), browser.text("#secret-notice"));
        browser.find("#ballot-rules summary").click();
        String rules = browser.text("#rules-" + ballot);
        assertTrue(rules.contains("volstrekte meerderheid") && rules.contains("50,00"), rules);
        browser.screenshot("delegate-secret-rules");
        browser.check("delegate-secret-rules");
    }

    @Test
    void theChairPicksAnotherAssemblyAndComesBackToIt() {
        long older = fixtures.assembly();
        fixtures.update("UPDATE assembly SET meeting_date = current_date - 400, title = ? WHERE id = ?", "ALV van vorig jaar " + older, older);
        long ballot = Ballots.draft(fixtures.resolution(older), "{\"question\":\"Oude vraag?\",\"majorityRule\":\"THREE_QUARTERS\"}");
        browser = Browser.desktop(base);
        browser.login("voorzitter");
        browser.open("/chair");
        new Select(browser.find("#assembly-choice")).selectByValue(String.valueOf(older));
        browser.clickAndWait("#assembly-picker button");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/chair?assembly=" + older), browser.driver.getCurrentUrl());
        assertTrue(browser.text("main").contains("Oude vraag?"), browser.text("main"));
        browser.screenshot("chair-assembly-picker");
        browser.check("chair-assembly-picker");

        browser.clickAndWait("a[href='/chair/ballots/" + ballot + "']");
        assertTrue(browser.text("#rules-" + ballot).contains("drie kwart"), browser.text("#rules-" + ballot));
        browser.clickAndWait("a[href='/chair?assembly=" + older + "']");
        assertTrue(browser.text("main").contains("Oude vraag?"), "'Alle stemmingen' returns to the assembly of the ballot");
    }

    @Test
    void thePublicArchiveListsPublishedResultsWithTheTimeOfTheVote() {
        fixtures.deactivateAllMembers();
        String member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 5);
        long assembly = fixtures.assembly();
        long published = Ballots.open(fixtures.resolution(assembly), "{\"question\":\"Gepubliceerde vraag?\"}");
        given().auth().oauth2(nl.plenum.Delegates.registered(member)).contentType("application/json").body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{b}/votes/{m}", published, member).then().statusCode(200);
        Ballots.close(published);
        Ballots.publish(published);
        long unpublished = Ballots.open(fixtures.resolution(assembly), "{\"question\":\"Nog niet gepubliceerd?\"}");
        Ballots.close(unpublished);

        browser = Browser.desktop(base);
        browser.open("/archief");
        String section = browser.text("#archive-assembly-" + assembly);
        assertTrue(section.contains("Gepubliceerde vraag?") && section.contains("Aangenomen met 100,00 % voor"), section);
        assertTrue(section.matches("(?s).*Gestemd op \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}:\\d{2}.*"), "date and time of the vote: " + section);
        assertTrue(!section.contains("Nog niet gepubliceerd?"), "a closed but unpublished result is not public: " + section);
        browser.screenshot("archive");
        browser.check("archive");

        browser.clickAndWait("#archive-ballot-" + published + " a");
        assertTrue(browser.text("#vote-times").matches("Stemming geopend \\d{1,2} [a-z]+ \\d{4} om .* gesloten .*Gepubliceerd .*"),
                browser.text("#vote-times"));
    }
}
