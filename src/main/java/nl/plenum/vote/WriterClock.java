package nl.plenum.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time each vote is recorded at, in the order the writer takes them: strictly increasing, at
 * PostgreSQL's precision (a microsecond), even within one batch or if the wall clock steps back.
 */
@ApplicationScoped
public class WriterClock {

    private final Clock clock;
    private Instant last = Instant.EPOCH;

    public WriterClock() {
        this(Clock.systemUTC());
    }

    WriterClock(Clock clock) {
        this.clock = clock;
    }

    public synchronized OffsetDateTime next() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return OffsetDateTime.ofInstant(last, ZoneOffset.UTC);
    }
}
