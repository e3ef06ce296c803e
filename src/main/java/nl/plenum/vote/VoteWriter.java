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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.plenum.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit for votes. Requests queue here; one writer thread takes whatever has queued and
 * writes it in a single transaction (one WAL flush for many votes), then answers each request.
 * An answer is only given after the commit: an acknowledged vote is never lost.
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

    private BlockingQueue<Pending> queue;
    private volatile boolean running;
    private Thread thread;

    record Pending(CastCommand command, CompletableFuture<CastResult> answer) {
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
        left.forEach(p -> p.answer().completeExceptionally(unavailable()));
    }

    public CompletionStage<CastResult> submit(CastCommand command) {
        Pending pending = new Pending(command, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.answer().completeExceptionally(unavailable());
        }
        return pending.answer();
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
                write(work);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Vote writer failed a batch", e);
                work.forEach(p -> p.answer().completeExceptionally(unavailable()));
            } finally {
                work.clear();
            }
        }
    }

    private void write(List<Pending> work) {
        List<CastCommand> commands = work.stream().map(Pending::command).toList();
        List<VoteBatch.Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> batch.apply(commands));
        } catch (RuntimeException e) {
            if (work.size() > 1 && !DatabaseOutage.causes(e)) {
                // One bad vote must not sink the others: retry each alone.
                for (Pending p : work) {
                    write(List.of(p));
                }
                return;
            }
            if (work.size() > 1) {
                LOG.warnf("Database unavailable: %d votes answered 503 at once (%s)", work.size(), e.toString());
            } else {
                LOG.warnf(e, "Vote for %s on ballot %d could not be stored", work.get(0).command().memberCode(), work.get(0).command().ballotId());
            }
            work.forEach(p -> p.answer().completeExceptionally(unavailable()));
            return;
        }
        // Committed: now, and only now, answer.
        for (int i = 0; i < work.size(); i++) {
            VoteBatch.Outcome outcome = outcomes.get(i);
            if (outcome.rejection() != null) {
                work.get(i).answer().completeExceptionally(outcome.rejection());
            } else {
                work.get(i).answer().complete(outcome.result());
            }
        }
    }

    private static DomainException unavailable() {
        return new DomainException(503, "unavailable", "Service unavailable",
                "The vote could not be confirmed. Send it again: a repeated vote never counts twice.", null);
    }
}
