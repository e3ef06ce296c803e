package nl.plenum.vote;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every ballot, vote, result and audit endpoint against every role: allowed ones succeed, others get 401/403. */
@QuarkusTest
class BallotAccessTest {

    @Inject
    Fixtures fixtures;

    String member;
    long resolution;
    Map<String, String> tokens;

    @BeforeEach
    void setUp() {
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 5);
        resolution = fixtures.resolution(fixtures.assembly());
        tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("norole", Tokens.token("nobody"));
        tokens.put("delegate", Delegates.registered(member));
        tokens.put("chair", Tokens.chair());
        tokens.put("secretariat", Tokens.secretariat());
    }

    RequestSpecification as(String role) {
        String token = tokens.get(role);
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    long draft() {
        return as("secretariat").body("{\"question\":\"Q\"}").post("/api/v1/resolutions/{id}/ballots", resolution)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Expected status per role, in the order anonymous, norole, delegate, chair, secretariat. */
    void expect(String what, int[] statuses, java.util.function.BiFunction<String, Long, Integer> call) {
        String[] roles = tokens.keySet().toArray(String[]::new);
        for (int i = 0; i < roles.length; i++) {
            long ballot = draft();
            int status = call.apply(roles[i], ballot);
            org.junit.jupiter.api.Assertions.assertEquals(statuses[i], status, what + " as " + roles[i]);
        }
    }

    @Test
    void createBallot() {
        expect("create ballot", new int[] {401, 403, 403, 403, 201},
                (role, b) -> as(role).body("{\"question\":\"Q\"}").post("/api/v1/resolutions/{id}/ballots", resolution).statusCode());
    }

    @Test
    void readBallotIsPublic() {
        expect("read ballot", new int[] {200, 200, 200, 200, 200}, (role, b) -> as(role).get("/api/v1/ballots/{id}", b).statusCode());
        expect("list ballots", new int[] {200, 200, 200, 200, 200},
                (role, b) -> as(role).get("/api/v1/resolutions/{id}/ballots", resolution).statusCode());
    }

    @Test
    void onlyTheChairOpensAndCloses() {
        expect("open", new int[] {401, 403, 403, 200, 403}, (role, b) -> as(role).post("/api/v1/ballots/{id}/opening", b).statusCode());
        expect("close", new int[] {401, 403, 403, 200, 403}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            return as(role).post("/api/v1/ballots/{id}/closing", b).statusCode();
        });
    }

    @Test
    void onlyTheSecretariatPublishesAndCancels() {
        expect("publish", new int[] {401, 403, 403, 403, 200}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            as("chair").post("/api/v1/ballots/{id}/closing", b).then().statusCode(200);
            return as(role).post("/api/v1/ballots/{id}/publication", b).statusCode();
        });
        expect("cancel", new int[] {401, 403, 403, 403, 200}, (role, b) -> as(role).post("/api/v1/ballots/{id}/cancellation", b).statusCode());
    }

    @Test
    void onlyDelegatesVote() {
        expect("vote", new int[] {401, 403, 200, 403, 403}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            return as(role).body("{\"choice\":\"YES\"}").put("/api/v1/ballots/{id}/votes/{m}", b, member).statusCode();
        });
    }

    @Test
    void turnoutIsForTheChairAndTheSecretariat() {
        expect("turnout", new int[] {401, 403, 403, 200, 200}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            return as(role).get("/api/v1/ballots/{id}/turnout", b).statusCode();
        });
    }

    @Test
    void resultsAfterCloseForOfficialsAfterPublicationForAll() {
        expect("results closed", new int[] {401, 403, 403, 200, 200}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            as("chair").post("/api/v1/ballots/{id}/closing", b).then().statusCode(200);
            return as(role).get("/api/v1/ballots/{id}/results", b).statusCode();
        });
        expect("roll-call closed", new int[] {401, 403, 403, 200, 200}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            as("chair").post("/api/v1/ballots/{id}/closing", b).then().statusCode(200);
            return as(role).get("/api/v1/ballots/{id}/votes", b).statusCode();
        });
        expect("results published", new int[] {200, 200, 200, 200, 200}, (role, b) -> {
            as("chair").post("/api/v1/ballots/{id}/opening", b).then().statusCode(200);
            as("chair").post("/api/v1/ballots/{id}/closing", b).then().statusCode(200);
            as("secretariat").post("/api/v1/ballots/{id}/publication", b).then().statusCode(200);
            return as(role).get("/api/v1/ballots/{id}/results", b).statusCode()
                    + as(role).get("/api/v1/ballots/{id}/votes", b).statusCode() - 200;
        });
    }

    @Test
    void auditIsForTheSecretariatVerifyAlsoForTheChair() {
        expect("ballot audit", new int[] {401, 403, 403, 403, 200}, (role, b) -> as(role).get("/api/v1/ballots/{id}/audit", b).statusCode());
        expect("verify", new int[] {401, 403, 403, 200, 200}, (role, b) -> as(role).get("/api/v1/audit/verify").statusCode());
    }

    @Test
    void meNeedsALogin() {
        expect("me", new int[] {401, 200, 200, 200, 200}, (role, b) -> as(role).get("/api/v1/me").statusCode());
    }
}
