package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static nl.plenum.web.LiveTurnoutsTest.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 11.3: every delegate on "/vote" learns a ballot opened, from one shared poll, never one per viewer. */
@QuarkusTest
class OpenBallotSignalTest {

    @Inject
    OpenBallotSignal signal;

    @Inject
    Fixtures fixtures;

    @Test
    void fiftyViewersShareOnePollAndAllSeeTheBallotOpen() throws Exception {
        fixtures.member(Fixtures.uniqueCode("GM"), 10);
        long resolution = fixtures.resolution(fixtures.assembly());
        long ballot = Ballots.draft(resolution, "{\"question\":\"Q\"}");
        Instant later = Instant.now().plus(Duration.ofHours(1));
        long pollsBefore = signal.polls();
        long stoppedBefore = signal.stoppedTickers();
        long started = System.nanoTime();
        List<AssertSubscriber<OpenBallotSignal.OpenNow>> viewers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            viewers.add(signal.stream("delegate-" + i + "-" + ballot, later).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));
        }
        await(() -> viewers.stream().allMatch(v -> !v.getItems().isEmpty()), "every viewer's first value");
        assertFalse(viewers.get(0).getItems().get(0).open().contains(ballot), "a draft is not open");

        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/opening", ballot).then().statusCode(200);
        await(() -> viewers.stream().allMatch(v -> v.getItems().stream().anyMatch(n -> n.open().contains(ballot))), "every viewer to see it open");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long polls = signal.polls() - pollsBefore;
        // one poller ticking once a second; one per viewer would have made about 50 times as many
        assertTrue(polls <= seconds + 2, polls + " polls in " + seconds + " s for 50 viewers");

        viewers.forEach(AssertSubscriber::cancel);
        await(() -> signal.stoppedTickers() > stoppedBefore, "the shared ticker to stop after the last viewer");
    }
}
