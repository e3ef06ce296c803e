package nl.plenum.vote;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.plenum.common.DatabaseOutage;
import nl.plenum.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit for votes. Requests queue here; one writer thread takes whatever has queued and
 * writes it in a single transaction (one WAL flush for many votes), then answers each request.
 * An answer is only given after the commit: an acknowledged vote is never lost.
 *
 * <p>"Last" means last at this writer: votes are written in the order the writer takes them, and
 * each gets a later {@code recordedAt} than the one before ({@link WriterClock}).
 *
 * <p>Votes still waiting for the same member, cast by the same delegate, are coalesced: only the
 * latest is written, and every waiting request gets its outcome (the choice and receipt that were
 * committed). A flood by one delegate therefore takes one place in the queue, not thousands.
 */
@ApplicationScoped
public class VoteWriter {

    private static final Logger LOG = Logger.getLogger(VoteWriter.class);

    @Inject
    VoteBatch batch;

    @ConfigProperty(name = "plenum.votes.max-batch", defaultValue = "256")
    int maxBatch;

    @ConfigProperty(name = "plenum.votes.queue-capacity", defaultValue = "20000")
    int queueCapacity;

    BlockingQueue<Pending> queue;
    private final ConcurrentHashMap<Seat, Pending> waiting = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    /** Whose vote: requests for the same seat may be coalesced. The login is part of it, so no one gets another delegate's receipt. */
    private record Seat(long ballotId, String memberCode, String login) {
        static Seat of(CastCommand c) {
            return new Seat(c.ballotId(), c.memberCode(), c.login() == null ? "claim " + c.claimedActor() : c.login().key());
        }
    }

    /** One place in the queue: the latest command for a seat and everyone waiting for it. */
    static final class Pending {
        private CastCommand command;
        private final List<CompletableFuture<CastResult>> answers = new ArrayList<>(1);
        private boolean taken;

        Pending(CastCommand command, CompletableFuture<CastResult> answer) {
            this.command = command;
            answers.add(answer);
        }

        /** Replaces the waiting command by a later one; false once the writer has taken it. */
        synchronized boolean supersede(CastCommand later, CompletableFuture<CastResult> answer) {
            if (taken) {
                return false;
            }
            command = later;
            answers.add(answer);
            return true;
        }

        synchronized CastCommand take() {
            taken = true;
            return command;
        }

        synchronized CastCommand command() {
            return command;
        }

        synchronized void complete(CastResult result) {
            answers.forEach(a -> a.complete(result));
        }

        synchronized void fail(Throwable reason) {
            answers.forEach(a -> a.completeExceptionally(reason));
        }
    }

    void start(@Observes StartupEvent event) {
        queue = new LinkedBlockingQueue<>(queueCapacity);
        running = true;
        thread = new Thread(this::run, "vote-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> {
            p.take();
            p.fail(unavailable());
        });
    }

    public CompletionStage<CastResult> submit(CastCommand command) {
        CompletableFuture<CastResult> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(unavailable());
            return answer;
        }
        Seat seat = Seat.of(command);
        Pending[] queued = new Pending[1];
        waiting.compute(seat, (s, earlier) -> {
            if (earlier != null && earlier.supersede(command, answer)) {
                return earlier;
            }
            Pending fresh = new Pending(command, answer);
            if (!queue.offer(fresh)) {
                answer.completeExceptionally(unavailable());
                return null;
            }
            queued[0] = fresh;
            return fresh;
        });
        // Shutdown may have drained the queue between the check above and the offer: nobody would answer.
        if (queued[0] != null && !running && queue.remove(queued[0])) {
            waiting.remove(seat, queued[0]);
            queued[0].take();
            queued[0].fail(unavailable());
        }
        return answer;
    }

    private void run() {
        List<Pending> work = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                work.add(first);
                queue.drainTo(work, maxBatch - 1);
                List<CastCommand> commands = new ArrayList<>(work.size());
                for (Pending p : work) {
                    CastCommand command = p.take();
                    waiting.remove(Seat.of(command), p);
                    commands.add(command);
                }
                write(work, commands);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Vote writer failed a batch", e);
                work.forEach(p -> p.fail(unavailable()));
            } finally {
                work.clear();
            }
        }
    }

    private void write(List<Pending> work, List<CastCommand> commands) {
        List<VoteBatch.Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> batch.apply(commands));
        } catch (RuntimeException e) {
            if (work.size() > 1 && !DatabaseOutage.causes(e)) {
                // One bad vote must not sink the others: retry each alone.
                for (int i = 0; i < work.size(); i++) {
                    write(List.of(work.get(i)), List.of(commands.get(i)));
                }
                return;
            }
            if (work.size() > 1) {
                LOG.warnf("Database unavailable: %d votes answered 503 at once (%s)", work.size(), e.toString());
            } else {
                LOG.warnf(e, "Vote for %s on ballot %d could not be stored", commands.get(0).memberCode(), commands.get(0).ballotId());
            }
            work.forEach(p -> p.fail(unavailable()));
            return;
        }
        // Committed: now, and only now, answer.
        for (int i = 0; i < work.size(); i++) {
            VoteBatch.Outcome outcome = outcomes.get(i);
            if (outcome.rejection() != null) {
                work.get(i).fail(outcome.rejection());
            } else {
                work.get(i).complete(outcome.result());
            }
        }
    }

    private static DomainException unavailable() {
        return new DomainException(503, "unavailable", "Service unavailable",
                "The vote could not be confirmed. Send it again: a repeated vote never counts twice.", null);
    }
}
