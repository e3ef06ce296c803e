package nl.plenum.ballot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.4: a draft's question and rules can be edited by the secretariat, and by nobody once the ballot
 * has opened, not even by the application's own database role.
 */
@QuarkusTest
class DraftEditTest {

    @Inject
    Fixtures fixtures;

    private static final String EDITED = """
            {"question":"Stemt u in met de gewijzigde resolutie?","optionSet":"YN","percentBase":"ENTITLED",
             "majorityRule":"TWO_THIRDS","quorum":0.6667,"visibility":"SECRET"}""";

    @Test
    void theSecretariatReplacesADraftsQuestionAndRules() {
        long ballot = Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Eerste versie?\",\"quorum\":0.5}");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(EDITED)
                .when().put("/api/v1/ballots/{id}", ballot)
                .then().statusCode(200).body("question", equalTo("Stemt u in met de gewijzigde resolutie?"))
                .body("optionSet", equalTo("YN")).body("percentBase", equalTo("ENTITLED")).body("majorityRule", equalTo("TWO_THIRDS"))
                .body("visibility", equalTo("SECRET")).body("state", equalTo("DRAFT"));
        given().when().get("/api/v1/ballots/{id}", ballot).then().statusCode(200).body("quorum", equalTo(0.6667f));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_EDITED'"
                + " AND payload::text LIKE '%TWO_THIRDS%'", ballot), "the edit is in the audit trail with the new rules");

        // omitted rules go back to the defaults, as at creation: a PUT is the whole draft
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"question\":\"Kort?\"}")
                .when().put("/api/v1/ballots/{id}", ballot)
                .then().statusCode(200).body("optionSet", equalTo("YNA")).body("majorityRule", equalTo("SIMPLE"))
                .body("quorum", nullValue()).body("visibility", equalTo("OPEN"));
    }

    @Test
    void anEditedDraftIsCountedByItsLastRulesAndItsEvidenceVerifies() throws Exception {
        fixtures.deactivateAllMembers();
        String yes = Fixtures.uniqueCode("GM");
        String no = Fixtures.uniqueCode("GM");
        fixtures.member(yes, 60);
        fixtures.member(no, 40);
        long ballot = Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Gewone meerderheid?\"}");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"question\":\"Twee derde?\",\"majorityRule\":\"TWO_THIRDS\"}")
                .when().put("/api/v1/ballots/{id}", ballot).then().statusCode(200);
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/opening", ballot).then().statusCode(200);
        for (String[] vote : new String[][] {{yes, "YES"}, {no, "NO"}}) {
            given().auth().oauth2(Delegates.registered(vote[0])).contentType(ContentType.JSON).body("{\"choice\":\"" + vote[1] + "\"}")
                    .when().put("/api/v1/ballots/{b}/votes/{m}", ballot, vote[0]).then().statusCode(200);
        }
        Ballots.close(ballot);
        Ballots.publish(ballot);
        // 60 % is a simple majority, not two thirds: the edited rule decided
        given().when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200).body("tally.verdict", equalTo("REJECTED"));
        String evidence = given().when().get("/api/v1/ballots/{id}/evidence", ballot).then().statusCode(200).extract().asString();
        nl.plenum.verifier.EvidenceVerifier.Report report = nl.plenum.verifier.EvidenceVerifier.verify(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(evidence), java.util.Optional.empty());
        assertTrue(report.valid(), report.findings().toString());
    }

    @Test
    void omittedRulesOfAnEditTakeTheAssemblysDefaultsAsAtCreation() {
        long assembly = fixtures.assembly();
        long ballot = Ballots.draft(fixtures.resolution(assembly), "{\"question\":\"Voor de standaard?\"}");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"majorityRule\":\"TWO_THIRDS\",\"visibility\":\"SECRET\",\"quorum\":0.5}")
                .when().put("/api/v1/assemblies/{id}/ballot-defaults", assembly).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"question\":\"Na de standaard?\"}")
                .when().put("/api/v1/ballots/{id}", ballot)
                .then().statusCode(200).body("majorityRule", equalTo("TWO_THIRDS")).body("visibility", equalTo("SECRET"))
                .body("quorum", nullValue());
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long ballot = Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Blijft zo?\"}");
        for (String bad : new String[] {"{\"question\":\"\"}", "{\"question\":\"Q\",\"quorum\":2}", "{\"question\":\"Q\",\"majorityRule\":1}",
                "{\"question\":\"Q\",\"majorityRule\":\"MOST\"}", "{\"question\":\"Q\",\"quorum\":0.12345}", "not json"}) {
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(bad)
                    .when().put("/api/v1/ballots/{id}", ballot)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
        given().when().get("/api/v1/ballots/{id}", ballot).then().body("question", equalTo("Blijft zo?")).body("majorityRule", equalTo("SIMPLE"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(EDITED)
                .when().put("/api/v1/ballots/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void onlyTheSecretariatMayEdit() {
        long ballot = Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Van wie?\"}");
        String delegate = Delegates.ofSomeMember();
        for (String token : new String[] {delegate, Tokens.chair()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(EDITED)
                    .when().put("/api/v1/ballots/{id}", ballot).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(EDITED).when().put("/api/v1/ballots/{id}", ballot).then().statusCode(401);
        given().when().get("/api/v1/ballots/{id}", ballot).then().body("question", equalTo("Van wie?"));
    }

    @Test
    void anOpenedBallotsRulesAreFrozenForTheApiAndForTheDatabaseRole() {
        fixtures.deactivateAllMembers();
        fixtures.member(Fixtures.uniqueCode("GM"), 3);
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Al open?\",\"majorityRule\":\"SIMPLE\"}");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(EDITED)
                .when().put("/api/v1/ballots/{id}", ballot)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", org.hamcrest.Matchers.endsWith("ballot-not-draft"));
        // the application's own role, as a bug or an attacker with its password would try
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> fixtures.update("UPDATE ballot SET majority_rule = 'TWO_THIRDS' WHERE id = ?", ballot));
        assertTrue(refused.getMessage().contains("frozen"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> fixtures.update("UPDATE ballot SET question = 'Iets anders' WHERE id = ?", ballot));
        // the state itself still moves on
        Ballots.close(ballot);
        given().when().get("/api/v1/ballots/{id}", ballot).then().body("majorityRule", equalTo("SIMPLE")).body("question", equalTo("Al open?"))
                .body("state", equalTo("CLOSED"));
    }
}
