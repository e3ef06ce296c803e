package nl.plenum.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain rule, as Belenios keeps an election's history: every event names the hash of
 * its parent, so removing or changing one event breaks every hash after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over the canonical line {@code seq|prevHash|occurredAt|type|ballotId|payload}. */
    public static String hash(long seq, String prevHash, Instant occurredAt, String type, Long ballotId, String payload) {
        String canonical = seq + "|" + prevHash + "|" + occurredAt + "|" + type + "|" + (ballotId == null ? "" : ballotId) + "|" + payload;
        return sha256(canonical);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Checks one link against the one before it (null for the first); empty when it holds. */
    public static Optional<String> check(AuditEvent previous, AuditEvent event) {
        long expectedSeq = previous == null ? 1 : previous.seq() + 1;
        String expectedPrev = previous == null ? GENESIS : previous.hash();
        if (event.seq() != expectedSeq) {
            return Optional.of("event " + event.seq() + " follows " + (expectedSeq - 1) + ": events are missing");
        }
        if (!event.prevHash().equals(expectedPrev)) {
            return Optional.of("event " + event.seq() + " does not name its parent's hash");
        }
        String recomputed = hash(event.seq(), event.prevHash(), event.occurredAt(), event.type(), event.ballotId(), event.payload());
        if (!recomputed.equals(event.hash())) {
            return Optional.of("event " + event.seq() + " was changed after it was written");
        }
        return Optional.empty();
    }
}
