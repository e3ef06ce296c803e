package nl.plenum.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.security.Login;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.plenum.common.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The writer's queue on its own: a batch that waits until the test lets it go stands in for the
 * database, so what queues up meanwhile is certain. Runs in Quarkus for its transaction manager.
 */
@QuarkusTest
class VoteWriterTest {

    /** Records what it is asked to write and holds the first batch until released. */
    static final class HeldBatch extends VoteBatch {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<CastCommand>> batches = new CopyOnWriteArrayList<>();

        @Override
        public List<Outcome> apply(List<CastCommand> commands) {
            batches.add(List.copyOf(commands));
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return commands.stream().map(c -> new Outcome(new CastResult(c.ballotId(), c.memberCode(), c.login().subject(), c.choice(),
                    "R-" + c.choice(), true, OffsetDateTime.now()), null)).toList();
        }
    }

    final HeldBatch batch = new HeldBatch();
    final VoteWriter writer = new VoteWriter();

    void startWriter() {
        writer.batch = batch;
        writer.maxBatch = 256;
        writer.queueCapacity = 1000;
        writer.start(null);
    }

    @AfterEach
    void stopWriter() throws InterruptedException {
        batch.release.countDown();
        writer.stop(null);
    }

    static CastCommand vote(String member, String actor, Choice choice) {
        return new CastCommand(1, member, choice, null, new Login("https://issuer.example", actor, actor), null);
    }

    @Test
    void aFloodForOneMemberIsWrittenOnceWithTheLastChoice() throws Exception {
        startWriter();
        CompletableFuture<CastResult> first = writer.submit(vote("GM1", "GM1", Choice.YES)).toCompletableFuture();
        assertTrue(batch.started.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<CastResult>> flood = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            flood.add(writer.submit(vote("GM1", "GM1", i == 499 ? Choice.NO : Choice.ABSTAIN)).toCompletableFuture());
        }
        batch.release.countDown();
        assertEquals(Choice.YES, first.get(10, TimeUnit.SECONDS).choice());
        for (CompletableFuture<CastResult> answer : flood) {
            // every waiting request is answered with what was committed: the last one's choice and receipt
            assertEquals("R-NO", answer.get(10, TimeUnit.SECONDS).receipt());
        }
        assertEquals(2, batch.batches.size(), "batches written: " + batch.batches.size());
        assertEquals(List.of(vote("GM1", "GM1", Choice.NO)), batch.batches.get(1));
    }

    @Test
    void votesForOneMemberByDifferentDelegatesAreNotCoalesced() throws Exception {
        startWriter();
        writer.submit(vote("GM9", "GM9", Choice.YES));
        assertTrue(batch.started.await(10, TimeUnit.SECONDS));
        CompletableFuture<CastResult> own = writer.submit(vote("GM1", "GM1", Choice.YES)).toCompletableFuture();
        CompletableFuture<CastResult> proxy = writer.submit(vote("GM1", "GM2", Choice.NO)).toCompletableFuture();
        batch.release.countDown();
        assertEquals("GM1", own.get(10, TimeUnit.SECONDS).castBy());
        assertEquals("GM2", proxy.get(10, TimeUnit.SECONDS).castBy());
        assertEquals(2, batch.batches.get(1).size());
    }

    @Test
    void aSubmitAfterShutdownIsAnswered503() throws Exception {
        startWriter();
        writer.stop(null);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> writer.submit(vote("GM1", "GM1", Choice.YES)).toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(503, assertInstanceOf(DomainException.class, e.getCause()).status());
    }

    @Test
    void aSubmitRacingShutdownIsAnswered503NotLeftHanging() throws Exception {
        startWriter();
        // The shutdown drains the queue just before this submit's offer lands in it.
        writer.queue = new LinkedBlockingQueue<>() {
            @Override
            public boolean offer(VoteWriter.Pending pending) {
                try {
                    writer.stop(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.offer(pending);
            }
        };
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> writer.submit(vote("GM1", "GM1", Choice.YES)).toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(503, assertInstanceOf(DomainException.class, e.getCause()).status());
    }
}
