package nl.plenum.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotState;
import nl.plenum.result.ResultService;
import nl.plenum.result.Turnout;

/**
 * Turnout of one ballot now, and as a stream that sends a new value whenever it changes.
 * One poller per ballot on this node reads the database once a second and fans out to every viewer
 * (20 viewers: one query a second, not 20); it stops when the last viewer leaves. A viewer's stream
 * ends when the ballot leaves OPEN (after sending that state), or when the viewer's login expires, so
 * the browser's reconnect authenticates again and a removed role takes effect.
 */
@ApplicationScoped
public class LiveTurnouts {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    @Inject
    BallotService ballots;

    @Inject
    ResultService results;

    @Inject
    StreamCap cap;

    /** What every viewer of a ballot shares: its state and turnout, before wording in a language. */
    record Snapshot(long ballotId, BallotState state, Turnout turnout) {
        /** Still worth watching: open, or not opened yet. */
        boolean live() {
            return state == BallotState.OPEN || state == BallotState.DRAFT;
        }
    }

    /** A ballot's shared poller and how many viewers use it. */
    private static final class Poller {
        final Multi<Snapshot> snapshots;
        int viewers;

        Poller(Multi<Snapshot> snapshots) {
            this.snapshots = snapshots;
        }
    }

    private final ConcurrentHashMap<Long, Poller> pollers = new ConcurrentHashMap<>();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong stoppedTickers = new AtomicLong();

    public LiveTurnout now(long ballotId, Locale locale) {
        return word(snapshot(ballotId), locale);
    }

    private Snapshot snapshot(long ballotId) {
        // Its own short transaction: stream ticks run outside any request.
        return QuarkusTransaction.requiringNew().call(() -> {
            Ballot ballot = ballots.get(ballotId);
            return new Snapshot(ballotId, ballot.state, ballot.openedAt == null ? null : results.turnout(ballotId));
        });
    }

    private static LiveTurnout word(Snapshot s, Locale locale) {
        return s.turnout() == null ? LiveTurnout.notOpened(s.ballotId(), s.state(), locale) : LiveTurnout.of(s.state(), s.turnout(), locale);
    }

    /**
     * The stream for one viewer: {@code login} counts against the cap of streams per login, {@code until}
     * is when the viewer's login expires.
     */
    public Multi<LiveTurnout> stream(long ballotId, Locale locale, String login, Instant until) {
        Runnable release = cap.acquire(login);
        Duration left = Duration.between(Instant.now(), until);
        return Multi.createFrom().<LiveTurnout>emitter(emitter -> {
                    Multi<Snapshot> shared = join(ballotId);
                    var subscription = shared.subscribe().with(s -> {
                        emitter.emit(word(s, locale));
                        if (!s.live()) {
                            emitter.complete();
                        }
                    }, emitter::fail, emitter::complete);
                    emitter.onTermination(() -> {
                        subscription.cancel();
                        leave(ballotId);
                    });
                })
                .select().first(left.isNegative() ? Duration.ZERO : left)
                .skip().repetitions()
                .onTermination().invoke(release);
    }

    private Multi<Snapshot> join(long ballotId) {
        return pollers.compute(ballotId, (id, p) -> {
            Poller poller = p == null ? new Poller(poller(id)) : p;
            poller.viewers++;
            return poller;
        }).snapshots;
    }

    /** The last viewer leaving forgets the poller; its broadcast cancels the ticks by itself. */
    private void leave(long ballotId) {
        pollers.computeIfPresent(ballotId, (id, p) -> --p.viewers <= 0 ? null : p);
    }

    /** Database polls of live turnouts since start. */
    long polls() {
        return polls.get();
    }

    /** Pollers whose ticker was cancelled (the last viewer left): they poll no more. */
    long stoppedTickers() {
        return stoppedTickers.get();
    }

    /** Number of ballots this node polls now. */
    int pollers() {
        return pollers.size();
    }

    /** Ticks once a second while anyone watches. */
    private Multi<Snapshot> poller(long ballotId) {
        return Multi.createFrom().ticks().every(INTERVAL)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool()) // database work: never on the event loop
                .map(tick -> {
                    polls.incrementAndGet();
                    return snapshot(ballotId);
                })
                .onCancellation().invoke(stoppedTickers::incrementAndGet)
                .broadcast().withCancellationAfterLastSubscriberDeparture().toAllSubscribers();
    }
}
