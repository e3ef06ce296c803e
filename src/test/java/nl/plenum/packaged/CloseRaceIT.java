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

/** Thousands of casts and changes race the chair's close. */
class CloseRaceIT {

    static final int MEMBERS = 2000;
    static final String[] CHOICES = {"YES", "NO", "ABSTAIN"};
    static PackagedEnvironment env;

    @BeforeAll
    static void start() throws Exception {
        env = PackagedEnvironment.start("close-race");
        env.meeting.members("CR", MEMBERS, i -> 1 + i % 13).assembly("ALV close race");
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theTallyIsARecountOfExactlyTheVotesAcknowledgedBeforeTheClose() throws Exception {
        long ballot = env.meeting.openBallot("Stemt u in voordat de voorzitter sluit?");
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj(i -> MemberCodes.code("CR", i)).toList();
        // Each member votes and then changes the vote twice: 6,000 casts if the ballot stayed open.
        RetryingVoters voters = new RetryingVoters(env.api, env.issuer, ballot, members, 3,
                (i, round) -> CHOICES[(i + round) % 3], Duration.ofMinutes(3)).start(32);

        voters.awaitAcknowledged(MEMBERS, Duration.ofMinutes(2));
        Api.Answer closed = env.meeting.close(ballot);
        voters.join();

        long refused = voters.count(a -> a.status() == 409);
        System.out.printf("close race: %d casts acknowledged, %d refused with 409 after the close, %d other answers%n",
                voters.acknowledged(), refused, voters.count(a -> a.status() != 409 && (a.status() < 200 || a.status() >= 300)));
        assertEquals(200, closed.status(), closed.body());
        assertTrue(refused > 0, "votes arrived after the close and were refused");
        assertTrue(voters.attempts.stream().filter(a -> !isSuccess(a.status())).allMatch(a -> a.status() == 409 && a.problemJson()),
                "the only refusal is 409 problem+json");
        StoredVotes.assertExactlyTheAcknowledgedVotes(env.db, ballot, voters);

        JsonNode tally = env.meeting.results(ballot).path("tally");
        assertEquals(voters.lastReceipt.size(), tally.path("votedMembers").asLong(), "every member with an acknowledged vote, once");
        StoredVotes.assertTallyIsARecount(env.db, ballot, tally);
        JsonNode audit = env.meeting.verifyAudit();
        assertTrue(audit.path("valid").asBoolean(), "audit chain and recount verify: " + audit);
        assertEquals(0, env.db.number("SELECT count(*) FROM participation p JOIN ballot b ON b.id = p.ballot_id WHERE b.id = ? AND p.cast_at > b.closed_at", ballot),
                "nothing was cast after the ballot's closing time");
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
