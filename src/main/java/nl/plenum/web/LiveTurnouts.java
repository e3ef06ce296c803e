package nl.plenum.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.Ballot;
import nl.plenum.result.ResultService;

/**
 * Turnout of one ballot now, and as a stream that sends a new value whenever it changes.
 * The stream polls the database once a second: simple, and right on every node of a cluster.
 */
@ApplicationScoped
public class LiveTurnouts {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    @Inject
    BallotService ballots;

    @Inject
    ResultService results;

    public LiveTurnout now(long ballotId, Locale locale) {
        // Its own short transaction: stream ticks run outside any request.
        return QuarkusTransaction.requiringNew().call(() -> {
            Ballot ballot = ballots.get(ballotId);
            if (ballot.openedAt == null) {
                return LiveTurnout.notOpened(ballotId, ballot.state, locale);
            }
            return LiveTurnout.of(ballot.state, results.turnout(ballotId), locale);
        });
    }

    public Multi<LiveTurnout> stream(long ballotId, Locale locale) {
        return Multi.createFrom().ticks().every(INTERVAL)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool()) // database work: never on the event loop
                .map(tick -> now(ballotId, locale))
                .skip().repetitions();
    }
}
