package nl.plenum.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import nl.plenum.common.RateLimited;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Votes per login (issuer + subject of the token), as a token bucket: a burst for a delegate voting for
 * many mandates at once, then a steady rate. A flood by one login is refused with 429 before it reaches
 * the writer's queue, which every voter shares.
 */
@ApplicationScoped
public class VoteRateLimit {

    @ConfigProperty(name = "plenum.votes.rate-limit.burst", defaultValue = "60")
    int burst;

    @ConfigProperty(name = "plenum.votes.rate-limit.per-minute", defaultValue = "120")
    int perMinute;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** Takes one vote from the login's allowance, or refuses it with the seconds until the next one. */
    public void take(String login) {
        long now = System.nanoTime();
        double perNano = perMinute / 60e9;
        long[] wait = {0};
        buckets.compute(login, (key, bucket) -> {
            Bucket b = bucket == null ? new Bucket(burst, now) : bucket;
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
            } else {
                wait[0] = Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
            }
            return b;
        });
        if (buckets.size() > 10_000) {
            forgetIdle(now, perNano);
        }
        if (wait[0] > 0) {
            throw new RateLimited("Too many votes from this login: send the next one in " + wait[0] + " s", wait[0]);
        }
    }

    /** A bucket that has filled up again says nothing a fresh one would not. */
    private void forgetIdle(long now, double perNano) {
        buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().at) * perNano >= burst);
    }
}
