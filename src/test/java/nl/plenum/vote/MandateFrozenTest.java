package nl.plenum.vote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12.1: who casts for whom is frozen when a ballot opens; a mandate changed later waits for the next ballot. */
@QuarkusTest
class MandateFrozenTest {

    @Inject
    Fixtures fixtures;

    String a;
    String b;
    long bId;
    long assembly;
    long resolution;

    @BeforeEach
    void twoMembers() {
        fixtures.deactivateAllMembers();
        a = Fixtures.uniqueCode("GM");
        b = Fixtures.uniqueCode("GM");
        fixtures.member(a, 5);
        bId = fixtures.member(b, 7);
        assembly = fixtures.assembly();
        resolution = fixtures.resolution(assembly);
    }

    static ValidatableResponse vote(long ballot, String member, String choice, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then();
    }

    ValidatableResponse mandate(String member, String proxy) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"proxy\":\"" + proxy + "\"}")
                .when().put("/api/v1/assemblies/{id}/mandates/{member}", assembly, member).then();
    }

    @Test
    void aMandateSetMidBallotDoesNotLetTheProxyOverwriteTheVote() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        vote(ballot, b, "NO", Delegates.registered(b)).statusCode(200);
        mandate(b, a).statusCode(201);
        vote(ballot, b, "YES", Delegates.registered(a)).statusCode(403);
        assertEquals("NO", fixtures.string("SELECT choice FROM vote WHERE ballot_id = ? AND member_id = ?", ballot, bId));
        vote(ballot, b, "ABSTAIN", Delegates.registered(b)).statusCode(200).body("castBy", equalTo(b));
        given().auth().oauth2(Delegates.registered(a)).when().get("/api/v1/me").then()
                .body("openBallots.findAll { it.ballotId == " + ballot + " && it.member == '" + b + "' }", hasSize(0));
        // the next ballot takes the mandate
        long next = Ballots.open(resolution, "{\"question\":\"Q2\"}");
        vote(next, b, "YES", Delegates.registered(b)).statusCode(403);
        vote(next, b, "YES", Delegates.registered(a)).statusCode(200).body("castBy", equalTo(a));
    }

    @Test
    void aMandateWithdrawnMidBallotStaysWithTheProxyUntilTheBallotCloses() {
        mandate(b, a).statusCode(201);
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        vote(ballot, b, "YES", Delegates.registered(a)).statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/assemblies/{id}/mandates/{member}", assembly, b).then().statusCode(204);
        vote(ballot, b, "NO", Delegates.registered(b)).statusCode(403);
        assertEquals("YES", fixtures.string("SELECT choice FROM vote WHERE ballot_id = ? AND member_id = ?", ballot, bId));
    }
}
