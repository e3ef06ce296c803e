package nl.plenum.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11.9: every CSV export in the machine format by default, and for Dutch spreadsheets when asked. */
@QuarkusTest
class SpreadsheetCsvTest {

    static final String QUESTION = "Begroting 2026; \\\"herzien\\\"?";

    @Inject
    Fixtures fixtures;

    long ballot;
    String member;

    @BeforeEach
    void publishedBallot() {
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        String other = Fixtures.uniqueCode("GM");
        fixtures.member(member, 9944);
        fixtures.member(other, 56);
        fixtures.update("UPDATE member SET name = 'Gemeente ''s-Hertogenbosch' WHERE code = ?", member);
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"" + QUESTION + "\"}");
        vote(member, "YES");
        vote(other, "NO");
        Ballots.close(ballot);
        Ballots.publish(ballot);
    }

    @Test
    void theApiGivesTheMachineFormatUnlessAskedForTheSpreadsheet() {
        String machine = csv("/api/v1/ballots/{id}/results", null, null);
        assertTrue(machine.startsWith("ballot,question,choice,count,weight,percent\r\n"), machine);
        assertTrue(machine.contains(",YES,1,9944,99.44\r\n") && machine.contains(",VERDICT,,,ADOPTED\r\n"), machine);
        assertEquals(machine, csv("/api/v1/ballots/{id}/results", "machine", "nl"), "an explicit choice wins over the language");

        String sheet = csv("/api/v1/ballots/{id}/results", "spreadsheet", null);
        assertTrue(sheet.startsWith("\uFEFFStemming;Vraag;Keuze;Leden;Gewicht;Percentage\r\n"), sheet);
        assertTrue(sheet.contains(ballot + ";\"Begroting 2026; \"\"herzien\"\"?\";Voor;1;9944;99,44\r\n"), sheet);
        assertTrue(sheet.contains(";Tegen;1;56;0,56\r\n") && sheet.contains(";Opkomst;2;10000;100,00\r\n"), sheet);
        assertTrue(sheet.contains(";Uitslag;;;Aangenomen\r\n"), sheet);
        assertTrue(sheet.contains("\r\naudit;value\r\nkey_fingerprint;"), "the signed head uses the same separator: " + sheet);
        assertEquals(sheet, csv("/api/v1/ballots/{id}/results", null, "nl-NL,nl;q=0.9,en;q=0.5"), "Dutch readers get it unasked");
        assertEquals(machine, csv("/api/v1/ballots/{id}/results", null, "en-GB,en;q=0.9,nl;q=0.5"));
    }

    @Test
    void theRollCallComesInBothFormatsToo() {
        String machine = csv("/api/v1/ballots/{id}/votes", null, null);
        assertTrue(machine.startsWith("member,name,weight,choice,cast_by\r\n"), machine);
        assertTrue(machine.contains(member + ",Gemeente 's-Hertogenbosch,9944,YES," + member + "\r\n"), machine);
        String sheet = csv("/api/v1/ballots/{id}/votes", null, "nl");
        assertTrue(sheet.startsWith("\uFEFFLid;Naam;Gewicht;Keuze;Gestemd door\r\n"), sheet);
        assertTrue(sheet.contains(member + ";Gemeente 's-Hertogenbosch;9944;Voor;" + member + "\r\n"), sheet);
    }

    @Test
    void thePagesOfferBothAndDutchPagesLinkToTheSpreadsheetFirst() {
        String page = given().when().get("/results/{id}", ballot).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"result-csv\" href=\"/results/" + ballot + "/results.csv?format=spreadsheet\""), page);
        assertTrue(page.contains("id=\"result-csv-other\" href=\"/results/" + ballot + "/results.csv?format=machine\""), page);
        assertTrue(page.contains("id=\"votes-csv\" href=\"/results/" + ballot + "/votes.csv?format=spreadsheet\""), page);
        assertTrue(page.contains("id=\"votes-csv-other\" href=\"/results/" + ballot + "/votes.csv?format=machine\""), page);

        String sheet = csv("/results/{id}/results.csv", "spreadsheet", null);
        assertTrue(sheet.startsWith("\uFEFFStemming;Vraag;Keuze;") && sheet.contains(";Voor;1;9944;99,44\r\n"), sheet);
        String votes = csv("/results/{id}/votes.csv", "spreadsheet", null);
        assertTrue(votes.startsWith("\uFEFFLid;Naam;") && votes.contains(";Voor;"), votes);
        String machine = csv("/results/{id}/results.csv", "machine", "nl");
        assertTrue(machine.startsWith("ballot,question,choice,") && machine.contains(",YES,1,9944,99.44\r\n"), machine);
    }

    @Test
    void anUnknownFormatIsAProblem() {
        given().accept("text/csv").queryParam("format", "excel").when().get("/api/v1/ballots/{id}/results", ballot)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem("format"));
        given().accept("text/csv").queryParam("format", "SPREADSHEET").when().get("/api/v1/ballots/{id}/votes", ballot)
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** The body as bytes decoded as UTF-8, so a byte-order mark is seen, not swallowed. */
    private String csv(String path, String format, String language) {
        var request = given().accept("text/csv");
        if (format != null) {
            request.queryParam("format", format);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        byte[] body = request.when().get(path, ballot).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private void vote(String code, String choice) {
        given().auth().oauth2(Delegates.registered(code)).contentType(ContentType.JSON).body(Map.of("choice", choice))
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, code).then().statusCode(200);
    }
}
