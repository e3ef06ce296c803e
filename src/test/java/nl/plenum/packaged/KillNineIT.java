package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application is killed with SIGKILL while delegates vote, and started again. */
class KillNineIT {

    static final int MEMBERS = 1500;
    static PackagedEnvironment env;

    @BeforeAll
    static void start() throws Exception {
        env = PackagedEnvironment.start("kill-nine");
        env.meeting.members("KN", MEMBERS, i -> 1 + i % 9).assembly("ALV kill -9");
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void everyAcknowledgedVoteSurvivesAKillAndRetriesNeverCountTwice() throws Exception {
        long ballot = env.meeting.openBallot("Stemt u in, ook als de server omvalt?");
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj(i -> MemberCodes.code("KN", i)).toList();
        RetryingVoters voters = new RetryingVoters(env.api, env.issuer, ballot, members, 1,
                (i, round) -> i % 3 == 0 ? "NO" : "YES", Duration.ofMinutes(4)).start(24);

        voters.awaitAcknowledged(MEMBERS / 3, Duration.ofMinutes(2));
        env.plenum.killHard();
        int acknowledgedBeforeKill = voters.acknowledged();
        env.plenum.start();
        voters.join();

        System.out.printf("kill -9 after %d acknowledged votes; %d requests got no answer, %d got 5xx; %d votes were repeats of committed ones%n",
                acknowledgedBeforeKill, voters.count(a -> a.status() == -1), voters.count(a -> a.status() >= 500),
                env.db.number("SELECT count(*) FROM participation WHERE ballot_id = ? AND changes > 0", ballot));
        assertTrue(acknowledgedBeforeKill < MEMBERS, "the kill came while votes were still coming in");
        assertTrue(voters.count(a -> a.status() == -1) > 0, "some clients lost their connection and had to retry");
        assertEquals(MEMBERS, voters.acknowledged(), "every vote was acknowledged in the end");
        StoredVotes.assertExactlyTheAcknowledgedVotes(env.db, ballot, voters);

        env.meeting.close(ballot).expect(200);
        JsonNode tally = env.meeting.results(ballot).path("tally");
        assertEquals(MEMBERS, tally.path("votedMembers").asLong(), "each member counted exactly once");
        StoredVotes.assertTallyIsARecount(env.db, ballot, tally);
        JsonNode audit = env.meeting.verifyAudit();
        assertTrue(audit.path("valid").asBoolean(), "audit chain and recount verify: " + audit);
    }
}
