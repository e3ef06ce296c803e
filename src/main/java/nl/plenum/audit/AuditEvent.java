package nl.plenum.audit;

import java.time.Instant;

/** One link of the audit chain as stored: its hash covers its parent's hash and its own content. */
public record AuditEvent(long seq, String prevHash, String hash, Instant occurredAt, String type, Long ballotId, String payload) {
}
