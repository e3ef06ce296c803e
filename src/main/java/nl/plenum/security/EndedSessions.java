package nl.plenum.security;

import java.time.Instant;

/**
 * Page sessions that were logged out. The session cookie carries its own tokens, so deleting the
 * cookie in one browser does not stop a copy of it; every request checks this list instead.
 * Kept per node in memory today ({@link EndedSessionsInMemory}); with several nodes an
 * implementation on a shared table takes its place, nothing else changes.
 */
public interface EndedSessions {

    /** Marks the session as ended; it may be forgotten after {@code forgetAfter}, when its cookie is dead anyway. */
    void end(String sessionKey, Instant forgetAfter);

    boolean ended(String sessionKey);
}
