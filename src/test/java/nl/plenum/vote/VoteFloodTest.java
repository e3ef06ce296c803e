package nl.plenum.vote;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One delegate flooding the vote API, as issue 12 reproduced it. */
@QuarkusTest
class VoteFloodTest {

    @Inject
    Fixtures fixtures;

    String member;
    String other;
    long resolution;

    @BeforeEach
    void twoMembers() {
        member = Fixtures.uniqueCode("GM");
        other = Fixtures.uniqueCode("GM");
        fixtures.member(member, 5000);
        fixtures.member(other, 5000);
        resolution = fixtures.resolution(fixtures.assembly());
    }

    Response vote(long ballot, String code, String choice) {
        return given().auth().oauth2(Delegates.registered(code)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, code);
    }

    @Test
    void theTwentyFirstChangeIsRefusedAndTheLastRecordedVoteStillCounts() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        String[] choices = {"YES", "NO", "ABSTAIN"};
        for (int i = 0; i <= 20; i++) { // the first vote and 20 changes
            vote(ballot, member, choices[i % 3]).then().statusCode(200).body("changed", equalTo(i > 0));
        }
        vote(ballot, member, "YES").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://plenum.example.org/problems/too-many-changes"));
        // 20 % 3 == 2: the last accepted vote was ABSTAIN, and it is the one stored
        assertEquals("ABSTAIN", fixtures.string("SELECT v.choice FROM vote v JOIN member m ON m.id = v.member_id WHERE v.ballot_id = ? AND m.code = ?", ballot, member));
        assertEquals(20, fixtures.count("SELECT p.changes FROM participation p JOIN member m ON m.id = p.member_id WHERE p.ballot_id = ? AND m.code = ?", ballot, member));
    }

    @Test
    void aFloodFromOneLoginIsAnswered429WithRetryAfterAndOthersStillVote() throws Exception {
        long[] ballots = {Ballots.open(resolution, "{\"question\":\"A\"}"), Ballots.open(resolution, "{\"question\":\"B\"}")};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long ballot = ballots[i % 2];
            Callable<Response> call = () -> vote(ballot, member, "NO");
            answers.add(pool.submit(call));
        }
        Response limited = null;
        int ok = 0;
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            if (r.statusCode() == 429) {
                limited = r;
            } else if (r.statusCode() == 200) {
                ok++;
            }
        }
        pool.shutdown();
        assertTrue(limited != null, "150 votes at once from one login were all taken");
        assertTrue(ok >= 2, "the first votes of the flood were taken");
        limited.then().contentType("application/problem+json").header("Retry-After", startsWith(""))
                .body("status", equalTo(429)).body("type", equalTo("https://plenum.example.org/problems/too-many-requests"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        vote(ballots[0], other, "YES").then().statusCode(200);
    }

    @Test
    void fiftyConcurrentChangesCountTheOneRecordedLast() throws Exception {
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        vote(ballot, member, "YES").then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Response>> answers = new ArrayList<>();
        String[] choices = {"YES", "NO", "ABSTAIN"};
        for (int i = 0; i < 50; i++) {
            String choice = choices[i % 3];
            answers.add(pool.submit(() -> vote(ballot, member, choice)));
        }
        OffsetDateTime latest = null;
        String latestChoice = null;
        String latestReceipt = null;
        Set<String> receipts = new HashSet<>();
        Set<OffsetDateTime> times = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            if (r.statusCode() != 200) {
                assertEquals(409, r.statusCode(), r.asString()); // the change cap, never anything else
                continue;
            }
            OffsetDateTime at = OffsetDateTime.parse(r.jsonPath().getString("recordedAt"));
            String receipt = r.jsonPath().getString("receipt");
            if (receipts.add(receipt)) {
                assertTrue(times.add(at.toInstant().atOffset(java.time.ZoneOffset.UTC)), "two different votes recorded at the same moment " + at);
            }
            if (latest == null || at.isAfter(latest)) {
                latest = at;
                latestChoice = r.jsonPath().getString("choice");
                latestReceipt = receipt;
            }
        }
        pool.shutdown();
        assertEquals(latestChoice, fixtures.string("SELECT v.choice FROM vote v JOIN member m ON m.id = v.member_id WHERE v.ballot_id = ? AND m.code = ?", ballot, member));
        assertEquals(Receipt.hash(latestReceipt), fixtures.string("SELECT v.receipt_hash FROM vote v JOIN member m ON m.id = v.member_id WHERE v.ballot_id = ? AND m.code = ?", ballot, member));
    }
}
