package nl.plenum.result;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.plenum.Ballots;
import nl.plenum.Dba;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import nl.plenum.ballot.BallotRepository;
import org.junit.jupiter.api.Test;

/** The totals the database keeps per ballot and choice always equal a recount of the stored votes. */
@QuarkusTest
class RunningTotalsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Dba dba;

    @Inject
    TallyService tallies;

    @Inject
    BallotRepository ballots;

    @Transactional
    Tally[] countAndRecount(long ballot) {
        var rules = ballots.findById(ballot).rules();
        return new Tally[] {tallies.count(ballot, rules), tallies.recount(ballot, rules)};
    }

    private void assertTotalsMatchARecount(long ballot) {
        Tally[] both = countAndRecount(ballot);
        assertEquals(both[1], both[0]);
    }

    private long openBallot(long resolution, String visibility) {
        return Ballots.open(resolution, "{\"question\":\"Q\",\"visibility\":\"" + visibility + "\"}");
    }

    private String vote(long ballot, String member, String choice, String previous) {
        String body = previous == null ? "{\"choice\":\"" + choice + "\"}"
                : "{\"choice\":\"" + choice + "\",\"previousReceipt\":\"" + previous + "\"}";
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200).extract().path("receipt");
    }

    @Test
    void castsAndChangesKeepTheTotalsEqualToARecount() {
        fixtures.deactivateAllMembers();
        String a = Fixtures.uniqueCode("GM");
        String b = Fixtures.uniqueCode("GM");
        String c = Fixtures.uniqueCode("GM");
        fixtures.member(a, 9000);
        fixtures.member(b, 8578);
        fixtures.member(c, 99);
        long resolution = fixtures.resolution(fixtures.assembly());

        long open = openBallot(resolution, "OPEN");
        assertTotalsMatchARecount(open);
        vote(open, a, "YES", null);
        vote(open, b, "YES", null);
        vote(open, c, "NO", null);
        vote(open, b, "ABSTAIN", null); // a change moves weight from one choice to another
        vote(open, b, "ABSTAIN", null); // the same choice again changes nothing
        assertTotalsMatchARecount(open);
        assertEquals(9000, fixtures.count("SELECT weight FROM ballot_total WHERE ballot_id = ? AND choice = 'YES'", open));
        assertEquals(8578, fixtures.count("SELECT weight FROM ballot_total WHERE ballot_id = ? AND choice = 'ABSTAIN'", open));
        assertEquals(3, fixtures.count("SELECT entitled_members FROM ballot WHERE id = ?", open));

        long secret = openBallot(resolution, "SECRET");
        String receipt = vote(secret, a, "NO", null);
        vote(secret, a, "YES", receipt);
        vote(secret, c, "YES", null);
        // a secret choice is stored encrypted only: the running totals never see it (counted at close, see SecretBallotTest)
        assertEquals(0, fixtures.count("SELECT count(*) FROM ballot_total WHERE ballot_id = ?", secret));
        assertEquals(0, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", secret));
        assertEquals(2, fixtures.count("SELECT count(*) FROM secret_vote WHERE ballot_id = ?", secret));

        // writes that bypass the application are counted by the database all the same
        dba.update("UPDATE vote SET choice = 'NO' WHERE ballot_id = ? AND choice = 'YES'", open);
        assertTotalsMatchARecount(open);
        dba.update("DELETE FROM vote WHERE ballot_id = ? AND choice = 'ABSTAIN'", open);
        assertTotalsMatchARecount(open);

        // the ballot tampered with behind the application's back goes out of the way, so the audit of the others still verifies
        for (long ballot : new long[] {open, secret}) {
            nl.plenum.Ballots.cancel(ballot, "tampered with in the test");
        }
    }
}
