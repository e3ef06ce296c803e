package nl.plenum.audit;

import java.util.Map;

/** Something that happened and must be on the record; {@code ballotId} is null for events outside a ballot. */
public record AuditEntry(String type, Long ballotId, Map<String, ?> payload) {
}
