package nl.plenum.result;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 1 of issue 13: while a ballot is open, no API answer shows a choice or a per-choice count, to any
 * role, for OPEN and SECRET ballots alike. Every role asks every read endpoint of a ballot with votes in it.
 */
@QuarkusTest
class NoInterimTallyTest {

    /** A choice or a count per choice, however an answer might carry it. */
    static final Pattern CHOICE = Pattern.compile("\\b(YES|NO|ABSTAIN)\\b|\"choice\"\\s*:\\s*\"|\"tally\"|\\b(Voor|Tegen|Onthouding)\\b");

    @Inject
    Fixtures fixtures;

    String yes;
    String no;
    long resolution;

    @BeforeEach
    void twoVoters() {
        fixtures.deactivateAllMembers();
        yes = Fixtures.uniqueCode("GM");
        no = Fixtures.uniqueCode("GM");
        fixtures.member(yes, 14);
        fixtures.member(no, 13);
        resolution = fixtures.resolution(fixtures.assembly());
    }

    @Test
    void anOpenVisibilityBallotShowsNoChoiceToAnyRoleWhileOpen() {
        nothingShowsAChoiceWhileOpen("{\"question\":\"Openbaar\"}");
    }

    @Test
    void aSecretBallotShowsNoChoiceToAnyRoleWhileOpen() {
        nothingShowsAChoiceWhileOpen("{\"question\":\"Geheim\",\"visibility\":\"SECRET\"}");
    }

    private void nothingShowsAChoiceWhileOpen(String ballotJson) {
        long ballot = Ballots.open(resolution, ballotJson);
        String receiptYes = vote(ballot, yes, "YES");
        String receiptNo = vote(ballot, no, "NO");
        vote(ballot, no, "ABSTAIN"); // a change, too

        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("delegate", Delegates.registered(yes));
        roles.put("chair", Tokens.chair());
        roles.put("secretariat", Tokens.secretariat());
        List<String> paths = List.of(
                "/api/v1/ballots/" + ballot,
                "/api/v1/resolutions/" + resolution + "/ballots",
                "/api/v1/ballots/" + ballot + "/results",
                "/api/v1/ballots/" + ballot + "/votes",
                "/api/v1/ballots/" + ballot + "/receipts",
                "/api/v1/ballots/" + ballot + "/receipts/" + receiptYes,
                "/api/v1/ballots/" + ballot + "/receipts/" + receiptNo,
                "/api/v1/ballots/" + ballot + "/audit",
                "/api/v1/ballots/" + ballot + "/turnout",
                "/api/v1/ballots/" + ballot + "/board",
                "/api/v1/audit/verify",
                "/results/" + ballot,
                "/results/" + ballot + "/results.csv",
                "/results/" + ballot + "/votes.csv");
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        for (Map.Entry<String, String> role : roles.entrySet()) {
            for (String path : paths) {
                for (String accept : List.of("application/json", "text/csv")) {
                    RequestSpecification request = given().redirects().follow(false).accept(accept);
                    if (role.getValue() != null) {
                        request = request.auth().oauth2(role.getValue());
                    }
                    Response answer = request.when().get(path);
                    String body = answer.asString();
                    if (answer.statusCode() < 300) {
                        answered++;
                    }
                    if (answer.statusCode() < 300 && CHOICE.matcher(body).find()) {
                        leaks.add(role.getKey() + " GET " + path + " (" + accept + ") → " + answer.statusCode() + ": "
                                + body.substring(0, Math.min(300, body.length())));
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertTrue(answered > 10, "most of the endpoints answer while open (turnout, audit, receipts…): " + answered);
        // the audit trail still lists the votes, as events with their hashes, but not what they say
        String trail = given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/ballots/{id}/audit", ballot).then()
                .statusCode(200).extract().asString();
        assertTrue(trail.contains("VOTE_CAST") && trail.contains("VOTE_CHANGED") && trail.contains("withheld"), trail);
        assertFalse(trail.contains(yes) || trail.contains(no), "nor who cast them, which turnout shows without the order of votes");
        Ballots.close(ballot);
        // once closed the officials see the result: the check above would have found it
        String result = given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then()
                .statusCode(200).extract().asString();
        assertTrue(CHOICE.matcher(result).find(), result);
    }

    private String vote(long ballot, String member, String choice) {
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200).extract().path("receipt");
    }
}
