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

/** PostgreSQL is stopped and started again while delegates vote; Plenum must recover on its own. */
class DatabaseRestartIT {

    static final int MEMBERS = 1500;
    static PackagedEnvironment env;

    @BeforeAll
    static void start() throws Exception {
        env = PackagedEnvironment.start("database-restart");
        env.meeting.members("DR", MEMBERS, i -> 1 + i % 5).assembly("ALV database restart");
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void plenumRecoversFromADatabaseRestartWithoutLosingAVote() throws Exception {
        long ballot = env.meeting.openBallot("Stemt u in, ook als de database herstart?");
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj(i -> MemberCodes.code("DR", i)).toList();
        RetryingVoters voters = new RetryingVoters(env.api, env.issuer, ballot, members, 1,
                (i, round) -> i % 4 == 0 ? "ABSTAIN" : "YES", Duration.ofMinutes(4)).start(24);

        voters.awaitAcknowledged(MEMBERS / 3, Duration.ofMinutes(2));
        env.stopDatabase();
        assertTrue(awaitReadiness(false, Duration.ofSeconds(60)), "readiness goes DOWN without the database");
        Thread.sleep(2000); // voting goes on against a missing database for a while
        env.startDatabase();
        assertTrue(awaitReadiness(true, Duration.ofSeconds(90)), "readiness comes back UP by itself");
        long recovered = System.nanoTime();
        voters.join();

        long serverErrors = voters.count(a -> a.status() == 500);
        long unavailable = voters.count(a -> a.status() == 503);
        long afterRecovery = voters.count(a -> a.status() >= 500 && a.atNanos() > recovered + Duration.ofSeconds(3).toNanos());
        System.out.printf("database restart: %d answers 503 during the outage, %d answers 500, %d 5xx more than 3 s after readiness was UP again%n",
                unavailable, serverErrors, afterRecovery);
        assertTrue(unavailable > 0, "votes during the outage were answered 503 (send again)");
        assertEquals(0, serverErrors, "never a 500: a missing database is 503");
        assertEquals(0, afterRecovery, "no 5xx storm once readiness is UP again");
        assertTrue(voters.attempts.stream().filter(a -> a.status() >= 400).allMatch(RetryingVoters.Attempt::problemJson),
                "every error is problem+json");
        assertEquals(MEMBERS, voters.acknowledged(), "every vote was acknowledged in the end");
        StoredVotes.assertExactlyTheAcknowledgedVotes(env.db, ballot, voters);

        env.meeting.close(ballot).expect(200);
        JsonNode tally = env.meeting.results(ballot).path("tally");
        assertEquals(MEMBERS, tally.path("votedMembers").asLong());
        StoredVotes.assertTallyIsARecount(env.db, ballot, tally);
        assertTrue(env.meeting.verifyAudit().path("valid").asBoolean(), "audit chain and recount verify");
    }

    private static boolean awaitReadiness(boolean up, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if ((env.plenum.readiness() == 200) == up) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
