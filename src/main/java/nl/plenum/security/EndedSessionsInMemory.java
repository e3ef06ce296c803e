package nl.plenum.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link EndedSessions} of this node; entries are dropped once their cookie could no longer work. */
@ApplicationScoped
public class EndedSessionsInMemory implements EndedSessions {

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();

    @Override
    public void end(String sessionKey, Instant forgetAfter) {
        Instant now = Instant.now();
        ended.values().removeIf(until -> until.isBefore(now));
        ended.put(sessionKey, forgetAfter);
    }

    @Override
    public boolean ended(String sessionKey) {
        Instant until = ended.get(sessionKey);
        return until != null && until.isAfter(Instant.now());
    }
}
