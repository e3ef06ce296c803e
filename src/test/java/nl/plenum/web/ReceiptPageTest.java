package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Locale;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public receipt check page: real votes through the API, checked through the page's form with its CSRF token. */
@QuarkusTest
class ReceiptPageTest {

    @Inject
    Fixtures fixtures;

    String member;
    long assembly;
    long resolution;

    @BeforeEach
    void oneMemberInSession() {
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 100);
        assembly = fixtures.assembly();
        // the current assembly: in session, and no earlier than any other (tests share one database)
        fixtures.update("UPDATE assembly SET status = 'IN_SESSION', meeting_date = (SELECT max(meeting_date) FROM assembly) WHERE id = ?", assembly);
        resolution = fixtures.resolution(assembly);
    }

    @AfterEach
    void endTheSession() {
        fixtures.update("UPDATE assembly SET status = 'CLOSED', meeting_date = current_date WHERE id = ?", assembly);
    }

    @Test
    void countedVoteShowsTheMemberWhileOpenAndTheChoiceOnceClosed() {
        long ballot = openBallot("OPEN");
        String receipt = vote(ballot, "NO", null);
        // typed in lower case, without dashes: the same code
        String typed = receipt.replace("-", "").toLowerCase(Locale.ROOT);
        check(String.valueOf(ballot), typed).statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Uw stem is geteld"))
                .body(not(containsString("receipt-choice"))) // no interim tally, not even one vote of it
                .body(containsString("<dd id=\"receipt-member\">" + member + "</dd>"))
                .body(containsString("De stemming is nog open"))
                .body(not(containsString(typed)));
        transition(ballot, "closing", Tokens.chair());
        check(String.valueOf(ballot), typed).statusCode(200)
                .body(containsString("<strong id=\"receipt-choice\">Tegen</strong>"))
                .body(containsString("<dd id=\"receipt-member\">" + member + "</dd>"));
    }

    @Test
    void aReplacedReceiptIsNotFound() {
        long ballot = openBallot("OPEN");
        String first = vote(ballot, "YES", null);
        String second = vote(ballot, "ABSTAIN", null);
        check(String.valueOf(ballot), first).statusCode(404)
                .body(containsString("Niet bevestigd"))
                .body(containsString("Er is geen getelde stem met deze ontvangstcode"))
                .body(not(containsString("Uw stem is geteld")));
        check(String.valueOf(ballot), second).statusCode(200).body(containsString("Uw stem is geteld")).body(not(containsString("Onthouding")));
    }

    @Test
    void malformedCodeIsA400WithAReadableSentence() {
        long ballot = openBallot("OPEN");
        vote(ballot, "YES", null);
        check(String.valueOf(ballot), "not a receipt!").statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Dit is geen geldige ontvangstcode"))
                .body(containsString("value=\"not a receipt!\""))
                .body(not(containsString("Uw stem is geteld")));
        check(String.valueOf(ballot), "").statusCode(400).body(containsString("Dit is geen geldige ontvangstcode"));
    }

    @Test
    void secretBallotIsCheckedOnlyAfterPublicationAndNeverShowsTheChoice() {
        long ballot = openBallot("SECRET");
        String receipt = vote(ballot, "YES", null);
        check(String.valueOf(ballot), receipt).statusCode(409)
                .body(containsString("zodra de uitslag is gepubliceerd"))
                .body(not(containsString("Uw stem is geteld")));
        transition(ballot, "closing", Tokens.chair());
        transition(ballot, "publication", Tokens.secretariat());
        check(String.valueOf(ballot), receipt).statusCode(200)
                .body(containsString("Uw stem is geteld"))
                .body(not(containsString("receipt-choice")))
                .body(not(containsString("Voor</strong>")))
                .body(not(containsString("receipt-member")))
                .body(not(containsString(member)));
    }

    @Test
    void noBallotOrAnUnknownBallotIsReadable() {
        String code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345";
        check("", code).statusCode(400).body(containsString("Kies de stemming waarop u hebt gestemd"));
        check("abc", code).statusCode(400).body(containsString("Kies de stemming waarop u hebt gestemd"));
        check("987654321", code).statusCode(404).body(containsString("Die stemming bestaat niet"));
        long ballot = openBallot("OPEN");
        check(String.valueOf(ballot), code).statusCode(404).body(containsString("Er is geen getelde stem"));
    }

    @Test
    void withoutTheCsrfTokenNothingIsChecked() {
        long ballot = openBallot("OPEN");
        String receipt = vote(ballot, "NO", null);
        given().contentType(ContentType.URLENC).formParam("ballot", ballot).formParam("code", receipt)
                .when().post("/receipt").then().statusCode(400)
                .body(not(containsString("geteld")))
                .body(not(containsString("Tegen")));
        Response page = given().when().get("/receipt");
        // the cookie alone, without the form field, is not enough either
        given().cookie("csrf-token", page.getCookie("csrf-token")).contentType(ContentType.URLENC)
                .formParam("ballot", ballot).formParam("code", receipt)
                .when().post("/receipt").then().statusCode(400)
                .body(not(containsString("Tegen")));
    }

    @Test
    void theFormListsTheCurrentAssemblysBallotsAndPreselectsOne() {
        long open = openBallot("OPEN");
        long draft = ballot("OPEN");
        given().queryParam("ballot", open).when().get("/receipt").then().statusCode(200)
                .body(containsString("<option value=\"" + open + "\" selected>"))
                .body(not(containsString("<option value=\"" + draft + "\"")))
                .body(containsString("name=\"csrf-token\""));
        given().queryParam("ballot", "junk").when().get("/receipt").then().statusCode(200)
                .body(allOf(containsString("<option value=\"" + open + "\">"), not(containsString(" selected>"))));
    }

    @Test
    void answersInEnglishWhenChosen() {
        long ballot = openBallot("OPEN");
        String receipt = vote(ballot, "YES", null);
        Response page = given().cookie(PageLanguage.COOKIE, "en").when().get("/receipt");
        given().cookie(PageLanguage.COOKIE, "en").cookie("csrf-token", page.getCookie("csrf-token")).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrfField(page)).formParam("ballot", ballot).formParam("code", receipt)
                .when().post("/receipt").then().statusCode(200)
                .body(containsString("Your vote was counted"))
                .body(not(containsString("receipt-choice")));
    }

    @Test
    void theResultsPageLinksToTheCheck() {
        long ballot = openBallot("OPEN");
        vote(ballot, "YES", null);
        transition(ballot, "closing", Tokens.chair());
        transition(ballot, "publication", Tokens.secretariat());
        given().when().get("/results/" + ballot).then().statusCode(200)
                .body(containsString("href=\"/receipt?ballot=" + ballot + "\""));
    }

    /** Posts the form as a browser would: the CSRF cookie from the page and the hidden field's token. */
    private static ValidatableResponse check(String ballot, String code) {
        Response page = given().when().get("/receipt");
        return given().cookie("csrf-token", page.getCookie("csrf-token")).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrfField(page)).formParam("ballot", ballot).formParam("code", code)
                .when().post("/receipt").then();
    }

    private static String csrfField(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private long ballot(String visibility) {
        return Ballots.draft(resolution, "{\"question\":\"Stemt u in met voorstel " + Fixtures.uniqueCode("") + "?\",\"visibility\":\"" + visibility + "\"}");
    }

    private long openBallot(String visibility) {
        long id = ballot(visibility);
        transition(id, "opening", Tokens.chair());
        return id;
    }

    private static void transition(long ballot, String step, String token) {
        given().auth().oauth2(token).when().post("/api/v1/ballots/{id}/" + step, ballot).then().statusCode(200);
    }

    /** Casts (or changes) the member's vote through the API and returns the receipt code. */
    private String vote(long ballot, String choice, String previousReceipt) {
        String body = previousReceipt == null ? "{\"choice\":\"" + choice + "\"}"
                : "{\"choice\":\"" + choice + "\",\"previousReceipt\":\"" + previousReceipt + "\"}";
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member)
                .then().statusCode(200).body("choice", equalTo(choice)).extract().path("receipt");
    }
}
