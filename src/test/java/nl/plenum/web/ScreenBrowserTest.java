package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 11.8: the projector shows the whole result on one screen at the resolutions halls have, and
 * shows a closed result only when the association's projector setting says so.
 */
@QuarkusTest
@Tag("browser")
class ScreenBrowserTest {

    static final String QUESTION = "Stemt u in met de jaarrekening 2025 en met decharge van de directie?";

    /** The longest kind the secretariat writes: 240 characters, set smaller but not cut off. */
    static final String LONG_QUESTION = "Stemt u in met het voorstel van het bestuur om de contributie voor 2027 met 3,5 % te verhogen, "
            + "het verschil toe te voegen aan de bestemmingsreserve voor digitale dienstverlening en de directie te machtigen "
            + "de uitvoering daarvan te regelen?";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser screen;
    String revealBefore;
    long resolution;
    List<String> members;

    @BeforeEach
    void assemblyWithThreeVotingMembers() {
        Browser.assumeInstalled();
        revealBefore = ProjectorSetting.current();
        fixtures.deactivateAllMembers();
        long assembly = fixtures.assembly();
        fixtures.update("UPDATE assembly SET title = 'Algemene ledenvergadering 2026' WHERE id = ?", assembly);
        resolution = fixtures.resolution(assembly);
        fixtures.update("UPDATE resolution SET agenda_item = '8a', title = 'Jaarrekening 2025 en decharge van de directie' WHERE id = ?",
                resolution);
        members = List.of(Fixtures.uniqueCode("GM"), Fixtures.uniqueCode("GM"), Fixtures.uniqueCode("GM"), Fixtures.uniqueCode("GM"));
        int[] weights = {9944, 56, 100, 37};
        for (int i = 0; i < members.size(); i++) {
            fixtures.member(members.get(i), weights[i]);
        }
    }

    @AfterEach
    void restore() {
        if (screen != null) {
            screen.close();
        }
        if (revealBefore != null) {
            ProjectorSetting.set(revealBefore);
        }
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1280, 720, ''", "1920, 1080, ''", "1280, 720, -long-question"})
    void theWholeResultFitsOnOneScreen(int width, int height, String variant) {
        ProjectorSetting.set("AT_CLOSE");
        long ballot = closedBallot(variant.isEmpty() ? QUESTION : LONG_QUESTION);
        screen = Browser.screen(base, width, height);
        screen.login("voorzitter");
        screen.open("/screen/" + ballot);
        screen.screenshot("screen-" + width + "x" + height + variant);

        JavascriptExecutor js = (JavascriptExecutor) screen.driver;
        assertEquals(List.of((long) width, (long) height), js.executeScript("return [window.innerWidth, window.innerHeight];"),
                "the viewport is the projector's");
        long scrollHeight = (Long) js.executeScript("return document.documentElement.scrollHeight;");
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollHeight <= height, "no vertical scrolling: " + scrollHeight + " > " + height);
        assertTrue(scrollWidth <= width, "no horizontal scrolling: " + scrollWidth + " > " + width);
        for (String part : List.of("#verdict", "#rules", "#screen-chart", "#turnout", "#screen-assembly", "h1")) {
            assertInViewport(js, part, width, height);
        }
        assertTrue(screen.text("#screen-assembly").contains("Algemene ledenvergadering 2026"), screen.text("#screen-assembly"));
        assertEquals("Aangenomen met 99,44 % voor", screen.text("#verdict"));
        String rules = screen.text("#rules");
        for (String rule : List.of("Opkomst", "3 van 4 leden", "Quorum", "50,00 % van het gewicht: gehaald",
                "volstrekte meerderheid", "voor en tegen")) {
            assertTrue(rules.contains(rule), rule + " in " + rules);
        }
        // read from the back of the hall: no text on the result smaller than 2.5 % of the screen's height
        double smallest = ((Number) js.executeScript("""
                return Math.min(...[...document.querySelectorAll('.plenum-screen *')]
                    .filter(e => e.childNodes.length && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                    .filter(e => e.getClientRects().length && !e.closest('.plenum-visually-hidden'))
                    .map(e => parseFloat(getComputedStyle(e).fontSize)));""")).doubleValue();
        assertTrue(smallest >= 0.025 * height, "smallest text " + smallest + " px on a " + height + " px screen");
        screen.assertAccessible();
    }

    @Test
    void aClosedResultWaitsForPublicationUnlessTheAssociationRevealsAtClose() {
        ProjectorSetting.set("AFTER_PUBLICATION");
        long ballot = closedBallot(QUESTION);
        screen = Browser.screen(base, 1280, 720);
        screen.login("voorzitter");
        screen.open("/screen/" + ballot);
        assertEquals("De stemming is gesloten. De uitslag volgt na publicatie.", screen.text("#result-follows"));
        assertTrue(screen.findAll("#verdict").isEmpty(), "no result before publication");
        assertTrue(!screen.driver.getPageSource().contains("99,44"), "nor any part of it");
        screen.check("screen-result-follows");

        ProjectorSetting.set("AT_CLOSE");
        screen.open("/screen/" + ballot);
        assertEquals("Aangenomen met 99,44 % voor", screen.text("#verdict"));
        assertTrue(screen.findAll("#result-follows").isEmpty());

        ProjectorSetting.set("AFTER_PUBLICATION");
        screen.open("/screen/" + ballot);
        screen.markPage();
        Ballots.publish(ballot);
        // the waiting screen reloads by itself once the secretariat publishes
        screen.waitForNextPage();
        screen.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertEquals("Aangenomen met 99,44 % voor", screen.text("#verdict"));
    }

    @Test
    void screenReadersHearTheTurnoutAtMostEveryFiveSecondsWhileTheFiguresFollowEveryVote() {
        long ballot = Ballots.open(resolution, "{\"question\":\"" + QUESTION + "\"}");
        screen = Browser.screen(base, 1280, 720);
        screen.login("voorzitter");
        screen.open("/screen/" + ballot);
        assertTrue(screen.findAll(".plenum-turnout__figures[aria-live], .plenum-turnout [aria-live]:not([role=status])").isEmpty(),
                "the figures themselves are not a live region");
        JavascriptExecutor js = (JavascriptExecutor) screen.driver;
        js.executeScript("""
                window.plenumLog = {announced: [], shown: []};
                const watch = (id, log) => new MutationObserver(() => log.push({t: Date.now(), text: document.getElementById(id).textContent}))
                    .observe(document.getElementById(id), {childList: true, characterData: true, subtree: true});
                watch('turnout-status', window.plenumLog.announced);
                watch('voted-members', window.plenumLog.shown);""");

        vote(ballot, members.get(0), "YES");
        screen.waitForText("#voted-members", "1");
        screen.waiting(10).until(d -> log(js, "announced").size() == 1); // the first change is said at once
        for (int i = 1; i < members.size(); i++) { // three votes within a second
            vote(ballot, members.get(i), "NO");
        }
        screen.waitForText("#voted-members", "4");
        screen.waiting(20).withMessage(() -> "the latest figures announced: " + log(js, "announced"))
                .until(d -> String.valueOf(js.executeScript("return document.getElementById('turnout-status').textContent;"))
                .contains("gestemd: 4 van 4;"));

        List<Map<String, Object>> announced = log(js, "announced");
        List<Map<String, Object>> shown = log(js, "shown");
        assertTrue(announced.get(0).get("text").toString().startsWith("Leden die hebben gestemd: 1 van 4; Gewicht dat heeft gestemd: 9.944 van 10.137"), announced.toString());
        for (int i = 1; i < announced.size(); i++) {
            long gap = time(announced.get(i)) - time(announced.get(i - 1));
            assertTrue(gap >= 4900, "announcements " + gap + " ms apart: " + announced);
        }
        long fourShown = shown.stream().filter(e -> "4".equals(e.get("text"))).mapToLong(ScreenBrowserTest::time).findFirst().orElseThrow();
        assertTrue(fourShown < time(announced.get(announced.size() - 1)), "the figures showed 4 before it was announced: " + shown + announced);
        screen.check("screen-turnout");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> log(JavascriptExecutor js, String which) {
        return (List<Map<String, Object>>) js.executeScript("return window.plenumLog." + which + ";");
    }

    private static long time(Map<String, Object> entry) {
        return ((Number) entry.get("t")).longValue();
    }

    /** Three of the four members vote (9944 for, 56 against, 100 abstain); quorum 50 %, absolute majority. */
    private long closedBallot(String question) {
        long ballot = Ballots.open(resolution, "{\"question\":\"" + question + "\",\"majorityRule\":\"ABSOLUTE\",\"quorum\":0.5}");
        vote(ballot, members.get(0), "YES");
        vote(ballot, members.get(1), "NO");
        vote(ballot, members.get(2), "ABSTAIN");
        Ballots.close(ballot);
        return ballot;
    }

    private static void vote(long ballot, String member, String choice) {
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body(Map.of("choice", choice))
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
    }

    private static void assertInViewport(JavascriptExecutor js, String css, int width, int height) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js.executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return {top: r.top, left: r.left, bottom: r.bottom, right: r.right};""", css);
        assertTrue(box.get("top").doubleValue() >= 0 && box.get("left").doubleValue() >= 0
                && box.get("bottom").doubleValue() <= height && box.get("right").doubleValue() <= width,
                css + " inside the " + width + "×" + height + " viewport: " + box);
    }

    /** The association's projector setting, through the API as the secretariat sets it. */
    static final class ProjectorSetting {

        static String current() {
            return given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/association")
                    .then().statusCode(200).extract().path("projectorReveal");
        }

        static void set(String reveal) {
            Map<String, Object> association = given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/association")
                    .then().statusCode(200).extract().as(Map.class);
            association.put("projectorReveal", reveal);
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(association)
                    .when().put("/api/v1/association").then().statusCode(200);
        }
    }
}
