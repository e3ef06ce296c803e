package nl.plenum.ballot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 11.2: withdrawing a ballot delegates may be voting on needs a reason, and the audit keeps it. */
@QuarkusTest
class CancellationTest {

    @Inject
    Fixtures fixtures;

    long openBallot() {
        fixtures.member(Fixtures.uniqueCode("GM"), 10);
        return Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Stemt u in met de begroting?\"}");
    }

    @Test
    void anOpenBallotIsNotCancelledWithoutAReason() {
        long ballot = openBallot();
        for (String body : new String[] {null, "{}", "{\"reason\":null}", "{\"reason\":\"   \"}", "{\"reason\":\"" + "x".repeat(1001) + "\"}"}) {
            var request = given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON);
            (body == null ? request : request.body(body))
                    .when().post("/api/v1/ballots/{id}/cancellation", ballot)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("reason"));
            assertEquals("OPEN", state(ballot), "refused with " + body);
        }
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CANCELLED'", ballot));
    }

    @Test
    void theReasonGoesIntoTheAuditAndTheChainStillVerifies() {
        long ballot = openBallot();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("reason", "De vraag noemde het verkeerde jaar — ‘2026’."))
                .when().post("/api/v1/ballots/{id}/cancellation", ballot)
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        String payload = fixtures.string("SELECT payload FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CANCELLED'", ballot);
        assertTrue(payload.contains("\"reason\":\"De vraag noemde het verkeerde jaar — ‘2026’.\""), payload);
        assertTrue(payload.contains("\"was\":\"OPEN\""), payload);

        // asking again changes nothing and needs no second reason
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"reason\":\"nogmaals\"}")
                .when().post("/api/v1/ballots/{id}/cancellation", ballot).then().statusCode(200);
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CANCELLED'", ballot));

        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aDraftIsCancelledWithoutABody() {
        fixtures.member(Fixtures.uniqueCode("GM"), 10);
        long ballot = Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Een ontwerp\"}");
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/cancellation", ballot)
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        String payload = fixtures.string("SELECT payload FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CANCELLED'", ballot);
        assertTrue(payload.contains("\"was\":\"DRAFT\"") && !payload.contains("reason"), payload);
    }

    private String state(long ballot) {
        return fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot);
    }
}
