package nl.plenum.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which ballots are open now, pushed to every delegate's "/vote" page the moment a ballot opens or
 * closes. One poller on this node reads the ballot ids once a second and fans out to all viewers
 * (300 delegates: one query a second, not 300); it stops when the last viewer leaves. Ids only: never
 * a choice, a count or who voted. A viewer's stream ends when its login expires.
 */
@ApplicationScoped
public class OpenBallotSignal {

    static final Duration INTERVAL = LiveTurnouts.INTERVAL;

    /** What a viewer receives: the ids of the open ballots, ascending. */
    public record OpenNow(List<Long> open) {
    }

    @Inject
    EntityManager em;

    @Inject
    StreamCap cap;

    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong stoppedTickers = new AtomicLong();

    /** The shared poller and how many viewers use it; a new one starts after the last viewer left. */
    private static final class Poller {
        final Multi<OpenNow> values;
        int viewers;

        Poller(Multi<OpenNow> values) {
            this.values = values;
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Poller> pollers = new java.util.concurrent.ConcurrentHashMap<>();

    private Multi<OpenNow> poller() {
        return Multi.createFrom().ticks().every(INTERVAL)
            .onOverflow().drop()
            .emitOn(Infrastructure.getDefaultWorkerPool()) // database work: never on the event loop
            .map(tick -> {
                polls.incrementAndGet();
                return now();
            })
            .onCancellation().invoke(stoppedTickers::incrementAndGet)
            .broadcast().withCancellationAfterLastSubscriberDeparture().toAllSubscribers();
    }

    /** The open ballots now, in a short transaction of its own (ticks run outside any request). */
    public OpenNow now() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM ballot WHERE state = 'OPEN' ORDER BY id").getResultList();
            return new OpenNow(ids.stream().map(Number::longValue).toList());
        });
    }

    /** One viewer's stream: a value whenever the set of open ballots changes; counts against the login's cap. */
    public Multi<OpenNow> stream(String login, Instant until) {
        Runnable release = cap.acquire(login);
        Duration left = Duration.between(Instant.now(), until);
        return Multi.createFrom().<OpenNow>emitter(emitter -> {
                    Multi<OpenNow> shared = pollers.compute("open", (k, p) -> {
                        Poller poller = p == null ? new Poller(poller()) : p;
                        poller.viewers++;
                        return poller;
                    }).values;
                    var subscription = shared.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
                    emitter.onTermination(() -> {
                        subscription.cancel();
                        pollers.computeIfPresent("open", (k, p) -> --p.viewers <= 0 ? null : p);
                    });
                })
                .select().first(left.isNegative() ? Duration.ZERO : left)
                .skip().repetitions()
                .onTermination().invoke(release);
    }

    /** Database polls since start. */
    long polls() {
        return polls.get();
    }

    /** How often the shared ticker was cancelled because nobody watched any more. */
    long stoppedTickers() {
        return stoppedTickers.get();
    }
}
