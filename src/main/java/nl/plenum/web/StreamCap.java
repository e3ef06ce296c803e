package nl.plenum.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plenum.common.RateLimited;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At most a few live views (Server-Sent Event streams of any kind) per login on this node (issue 12.8). */
@ApplicationScoped
public class StreamCap {

    @ConfigProperty(name = "plenum.live.max-streams-per-login", defaultValue = "5")
    int maxStreamsPerLogin;

    private final ConcurrentHashMap<String, AtomicInteger> streams = new ConcurrentHashMap<>();

    /** Counts one more stream for the login, or refuses with 429; the answer releases it when the stream ends. */
    public Runnable acquire(String login) {
        AtomicInteger open = streams.computeIfAbsent(login, k -> new AtomicInteger());
        Runnable release = () -> {
            if (open.decrementAndGet() <= 0) {
                streams.remove(login, open);
            }
        };
        if (open.incrementAndGet() > maxStreamsPerLogin) {
            release.run();
            throw new RateLimited("At most " + maxStreamsPerLogin + " live views per login", 5);
        }
        return release;
    }
}
