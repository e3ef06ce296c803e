package nl.plenum.vote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WriterClockTest {

    @Test
    void eachVoteIsRecordedLaterThanTheOneBeforeEvenWhenTheClockStandsStillOrStepsBack() {
        Instant[] now = {Instant.parse("2026-12-10T10:00:00Z")};
        WriterClock clock = new WriterClock(new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        });
        OffsetDateTime a = clock.next();
        OffsetDateTime b = clock.next();
        now[0] = now[0].minusSeconds(5);
        OffsetDateTime c = clock.next();
        assertTrue(b.isAfter(a) && c.isAfter(b), a + " " + b + " " + c);
    }
}
