package nl.plenum.vote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plenum.Dba;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VotingFlowTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Dba dba;

    String a;
    String b;
    String c;
    long aId;
    long bId;
    long cId;
    long assembly;
    long resolution;

    @BeforeEach
    void threeMunicipalities() {
        fixtures.deactivateAllMembers();
        a = Fixtures.uniqueCode("GM");
        b = Fixtures.uniqueCode("GM");
        c = Fixtures.uniqueCode("GM");
        // Weights chosen so that the weighted result is the association's example: 99,44 % — 0,56 %
        aId = fixtures.member(a, 9000);
        bId = fixtures.member(b, 8578);
        cId = fixtures.member(c, 99);
        assembly = fixtures.assembly();
        resolution = fixtures.resolution(assembly);
    }

    long ballot(String body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resolutions/{id}/ballots", resolution)
                .then().statusCode(201).body("state", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
    }

    long openBallot(String body) {
        long id = ballot(body);
        transition(id, "opening", Tokens.chair()).statusCode(200).body("state", equalTo("OPEN"));
        return id;
    }

    ValidatableResponse transition(long ballot, String step, String token) {
        return given().auth().oauth2(token).when().post("/api/v1/ballots/{id}/" + step, ballot).then();
    }

    ValidatableResponse vote(long ballot, String member, String choice, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then();
    }

    @Test
    void weightedResultMatchesTheAssociationsExample() {
        long ballot = openBallot("{\"question\":\"Stemt u in met de resolutie?\"}");
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200).body("receipt", notNullValue()).body("changed", equalTo(false));
        vote(ballot, b, "YES", Delegates.registered(b)).statusCode(200);
        vote(ballot, c, "NO", Delegates.registered(c)).statusCode(200);

        // No tally for anyone while open: not for the chair either.
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/turnout", ballot).then().statusCode(200)
                .body("votedMembers", equalTo(3)).body("votedWeight", equalTo(17677)).body("notVoted", hasSize(0));

        transition(ballot, "closing", Tokens.chair()).statusCode(200).body("state", equalTo("CLOSED"));
        given().when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(401);
        given().auth().oauth2(Delegates.registered(a)).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(403);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.options[0].percent", equalTo("99.44"))
                .body("tally.options[1].percent", equalTo("0.56"));

        transition(ballot, "publication", Tokens.secretariat()).statusCode(200).body("state", equalTo("PUBLISHED"));
        given().when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.options[0].choice", equalTo("YES"))
                .body("tally.options[0].count", equalTo(2))
                .body("tally.options[0].weight", equalTo(17578))
                .body("tally.options[0].percent", equalTo("99.44"))
                .body("tally.options[1].percent", equalTo("0.56"))
                .body("tally.options[2].percent", nullValue())
                .body("tally.adopted", equalTo(true))
                .body("tally.verdict", equalTo("ADOPTED"));
        given().when().get("/api/v1/ballots/{id}/votes", ballot).then().statusCode(200)
                .body("find { it.member == '" + c + "' }.choice", equalTo("NO"))
                .body("find { it.member == '" + a + "' }.weight", equalTo(9000));
        String csv = given().accept("text/csv").when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("YES,2,17578,99.44"), csv);
        assertEquals("ADOPTED", fixtures.string("SELECT r.status FROM resolution r WHERE r.id = ?", resolution));
    }

    @Test
    void delegateCannotVoteForAnotherMemberWithoutMandate() {
        long ballot = openBallot("{\"question\":\"Q\"}");
        vote(ballot, b, "YES", Delegates.registered(a)).statusCode(403).contentType("application/problem+json");
        assertEquals(0, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
    }

    @Test
    void mandateLetsTheProxyVoteAndOnlyTheProxy() {
        fixtures.mandate(assembly, bId, aId);
        long ballot = openBallot("{\"question\":\"Q\"}");
        given().auth().oauth2(Delegates.registered(a)).when().get("/api/v1/me").then().statusCode(200)
                .body("openBallots.findAll { it.ballotId == " + ballot + " }.member", org.hamcrest.Matchers.containsInAnyOrder(a, b));
        given().auth().oauth2(Delegates.registered(b)).when().get("/api/v1/me").then().statusCode(200)
                .body("openBallots.findAll { it.ballotId == " + ballot + " }", hasSize(0));
        vote(ballot, b, "NO", Delegates.registered(b)).statusCode(403);
        vote(ballot, b, "NO", Delegates.registered(a)).statusCode(200).body("member", equalTo(b)).body("castBy", equalTo(a));
        assertEquals(aId, fixtures.count("SELECT cast_by FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, bId));
        // who casts for whom is frozen at opening: even a proxy deactivated mid-ballot does not hand the vote back
        fixtures.update("UPDATE member SET active = false WHERE id = ?", aId);
        vote(ballot, b, "YES", Delegates.registered(b)).statusCode(403);
        fixtures.update("UPDATE member SET active = true WHERE id = ?", aId);
        // a mandate to a proxy deactivated before opening is void: the member's own delegate votes
        fixtures.update("UPDATE member SET active = false WHERE id = ?", aId);
        long next = openBallot("{\"question\":\"Q2\"}");
        fixtures.update("UPDATE member SET active = true WHERE id = ?", aId);
        vote(next, b, "YES", Delegates.registered(b)).statusCode(200).body("castBy", equalTo(b));
    }

    @Test
    void noVoteBeforeOpenOrAfterClose() {
        long ballot = ballot("{\"question\":\"Q\"}");
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(409).body("type", equalTo("https://plenum.example.org/problems/ballot-not-open"));
        transition(ballot, "opening", Tokens.chair()).statusCode(200);
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200);
        transition(ballot, "closing", Tokens.chair()).statusCode(200);
        vote(ballot, a, "NO", Delegates.registered(a)).statusCode(409);
        assertEquals("YES", fixtures.string("SELECT choice FROM vote WHERE ballot_id = ?", ballot));
    }

    @Test
    void changingAVoteKeepsOneVoteAndTheLastChoice() {
        long ballot = openBallot("{\"question\":\"Q\"}");
        String first = vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200).extract().path("receipt");
        vote(ballot, a, "ABSTAIN", Delegates.registered(a)).statusCode(200).body("changed", equalTo(true));
        assertEquals(1, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
        assertEquals("ABSTAIN", fixtures.string("SELECT choice FROM vote WHERE ballot_id = ?", ballot));
        // the first receipt no longer names a counted vote
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, first).then().statusCode(404);
    }

    @Test
    void receiptOfAnOpenBallotSaysCountedWhileOpenAndTheChoiceOnceClosed() {
        long ballot = openBallot("{\"question\":\"Q\"}");
        String receipt = vote(ballot, a, "NO", Delegates.registered(a)).statusCode(200).extract().path("receipt");
        // no interim tally: while open, a receipt confirms the vote, not its choice
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, receipt).then().statusCode(200)
                .body("counted", equalTo(true)).body("choice", nullValue()).body("member", equalTo(a));
        transition(ballot, "closing", Tokens.chair()).statusCode(200);
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, receipt).then().statusCode(200)
                .body("counted", equalTo(true)).body("choice", equalTo("NO")).body("member", equalTo(a));
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, "not a receipt!").then().statusCode(400);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        long yn = openBallot("{\"question\":\"Q\",\"optionSet\":\"YN\"}");
        vote(yn, a, "MAYBE", Delegates.registered(a)).statusCode(400).contentType("application/problem+json");
        vote(yn, a, "ABSTAIN", Delegates.registered(a)).statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Delegates.registered(a)).contentType(ContentType.JSON).body("{\"choice\":")
                .when().put("/api/v1/ballots/{id}/votes/{member}", yn, a).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Delegates.registered(a)).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", yn, a).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Delegates.registered(a)).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", 987654321L, a).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Delegates.registered(a)).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/abc/votes/{member}", a).then().statusCode(404);
        assertEquals(413, hugeBody(yn, a));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"question\":\"\",\"quorum\":1.5,\"percentBase\":\"NOPE\"}")
                .when().post("/api/v1/resolutions/{id}/ballots", resolution).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"question\":\"\",\"quorum\":1.5}")
                .when().post("/api/v1/resolutions/{id}/ballots", resolution).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("question", "quorum"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", yn));
        transition(yn, "publication", Tokens.secretariat()).statusCode(409).contentType("application/problem+json");
    }

    /** 11 MB: announced with Expect: 100-continue, so the server refuses it before the bytes travel. */
    int hugeBody(long ballot, String member) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/ballots/" + ballot + "/votes/" + member))
                .header("Authorization", "Bearer " + Delegates.registered(member))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"choice\":\"YES\",\"pad\":\"" + "x".repeat(11_000_000) + "\"}"))
                .build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void fiftyParallelCastsForOneMemberLeaveOneVote() throws Exception {
        long ballot = openBallot("{\"question\":\"Q\"}");
        String token = Delegates.registered(a);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<io.restassured.response.ExtractableResponse<?>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String choice = i % 2 == 0 ? "YES" : "NO";
            answers.add(pool.submit(() -> vote(ballot, a, choice, token).extract()));
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Future<io.restassured.response.ExtractableResponse<?>> answer : answers) {
            int status = answer.get().statusCode();
            // votes still waiting are coalesced (each answered with the one written); past the change cap: 409
            assertTrue(status == 200 || status == 409, "status " + status);
            if (status == 200) {
                written.add(answer.get().jsonPath().getString("receipt"));
            }
        }
        pool.shutdown();
        assertEquals(1, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
        assertEquals(1, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ?", ballot));
        assertEquals(written.size() - 1, fixtures.count("SELECT changes FROM participation WHERE ballot_id = ?", ballot));
    }

    @Test
    void twoChairsClosingAtOnceCloseOnce() throws Exception {
        long ballot = openBallot("{\"question\":\"Q\"}");
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> close = () -> transition(ballot, "closing", Tokens.chair()).extract().statusCode();
        Future<Integer> one = pool.submit(close);
        Future<Integer> two = pool.submit(close);
        assertEquals(200, one.get());
        assertEquals(200, two.get());
        pool.shutdown();
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_CLOSED'", ballot));
        assertEquals(1, fixtures.count("SELECT count(*) FROM tally WHERE ballot_id = ?", ballot));
    }

    @Test
    void castsRacingTheCloseAreCountedOrRejectedNeverHalfStored() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = Fixtures.uniqueCode("GM");
            fixtures.member(code, 1 + i);
            codes.add(code);
        }
        long ballot = openBallot("{\"question\":\"Q\"}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String code : codes) {
            String token = Delegates.registered(code);
            answers.add(pool.submit(() -> vote(ballot, code, "YES", token).extract().statusCode()));
        }
        Thread.sleep(20);
        transition(ballot, "closing", Tokens.chair()).statusCode(200);
        int accepted = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 200 || status == 409, "status " + status);
            accepted += status == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(accepted, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
        assertEquals(accepted, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ?", ballot));
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.options[0].count", equalTo(accepted));
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void weightsAreFrozenWhenTheBallotOpens() {
        long ballot = openBallot("{\"question\":\"Q\"}");
        fixtures.update("UPDATE member SET weight = 1 WHERE id = ?", aId);
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200);
        transition(ballot, "closing", Tokens.chair()).statusCode(200);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.options[0].weight", equalTo(9000)).body("tally.entitledWeight", equalTo(17677));
    }

    @Test
    void verifyFindsAVoteChangedBehindTheApplicationsBack() {
        long ballot = openBallot("{\"question\":\"Q\"}");
        vote(ballot, a, "YES", Delegates.registered(a)).statusCode(200);
        transition(ballot, "closing", Tokens.chair()).statusCode(200);
        dba.update("UPDATE vote SET choice = 'NO' WHERE ballot_id = ?", ballot);
        try {
            given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("ballots.find { it.ballotId == " + ballot + " }.valid", equalTo(false));
        } finally {
            dba.update("UPDATE vote SET choice = 'YES' WHERE ballot_id = ?", ballot);
        }
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        long ballot = ballot("{\"question\":\"Q\"}");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> dba.update("UPDATE audit_event SET payload = '{}' WHERE ballot_id = ?", ballot));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> dba.update("DELETE FROM audit_event WHERE ballot_id = ?", ballot));
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/ballots/{id}/audit", ballot).then().statusCode(200)
                .body("[0].type", equalTo("BALLOT_CREATED"))
                .body("[0].payload", org.hamcrest.Matchers.containsString("\"actor\":\"secretariaat\""));
    }
}
