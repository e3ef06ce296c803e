package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import nl.plenum.ballot.BallotState;
import nl.plenum.common.RateLimited;
import org.junit.jupiter.api.Test;

/** Issue 12.8: every SSE viewer polled the database once a second, and streams never ended. */
@QuarkusTest
class LiveTurnoutsTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    @Inject
    LiveTurnouts turnouts;

    @Inject
    Fixtures fixtures;

    long openBallot() {
        fixtures.member(Fixtures.uniqueCode("GM"), 5000);
        return Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
    }

    static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void twentyViewersShareOnePollerAndAllStreamsEndWhenTheBallotCloses() throws Exception {
        long ballot = openBallot();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        long pollsBefore = turnouts.polls();
        long stoppedBefore = turnouts.stoppedTickers();
        long started = System.nanoTime();
        List<AssertSubscriber<LiveTurnout>> viewers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            viewers.add(turnouts.stream(ballot, NL, "viewer-" + i + "-" + ballot, later).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));
        }
        await(() -> viewers.stream().allMatch(v -> !v.getItems().isEmpty()), "every viewer's first turnout");
        await(() -> turnouts.polls() - pollsBefore >= 4, "four polls");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long polls = turnouts.polls() - pollsBefore;
        // one poller ticking once a second; 20 pollers would have made about 20 times as many
        assertTrue(polls <= seconds + 2, polls + " polls in " + seconds + " s for 20 viewers");

        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(200);
        for (AssertSubscriber<LiveTurnout> viewer : viewers) {
            viewer.awaitCompletion(Duration.ofSeconds(30));
            assertEquals(BallotState.CLOSED, viewer.getItems().get(viewer.getItems().size() - 1).state());
        }
        await(() -> turnouts.pollers() == 0, "the poller to be forgotten after the last viewer");
        // nobody watches: the ticker itself is cancelled, so no more polls (observed as a signal, not by waiting)
        await(() -> turnouts.stoppedTickers() > stoppedBefore, "the ticker to be cancelled");
    }

    @Test
    void aStreamEndsWhenTheViewersLoginExpires() {
        long ballot = openBallot();
        AssertSubscriber<LiveTurnout> viewer = turnouts.stream(ballot, NL, "short-" + ballot, Instant.now().plusMillis(1500))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        viewer.awaitCompletion(Duration.ofSeconds(30));
    }

    @Test
    void oneLoginHasAtMostFiveStreams() {
        long ballot = openBallot();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<AssertSubscriber<LiveTurnout>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(turnouts.stream(ballot, NL, "greedy-" + ballot, later).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));
        }
        assertEquals(429, assertThrows(RateLimited.class, () -> turnouts.stream(ballot, NL, "greedy-" + ballot, later)).status());
        five.get(0).cancel();
        turnouts.stream(ballot, NL, "greedy-" + ballot, later).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)).cancel();
        five.forEach(AssertSubscriber::cancel);
    }
}
