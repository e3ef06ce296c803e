package nl.plenum.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained audit log. Appends join the caller's transaction, so an event is
 * on the record exactly when the change it describes is.
 */
@ApplicationScoped
public class AuditLog {

    /** Serialises appenders until commit: the chain has one head. */
    private static final long CHAIN_LOCK = 0x504C454E554DL; // "PLENUM"

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .findAndRegisterModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<SecurityIdentity> identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, Long ballotId, Map<String, ?> payload) {
        appendAll(List.of(new AuditEntry(type, ballotId, payload)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            long seq = 0;
            String prev = AuditChain.GENESIS;
            try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
                    ResultSet rs = head.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1);
                    prev = rs.getString(2);
                }
            }
            // PostgreSQL keeps microseconds: hash what will be read back.
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_event (seq, prev_hash, hash, occurred_at, type, ballot_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                String actor = actor();
                for (AuditEntry entry : entries) {
                    seq++;
                    String payload = canonicalJson(withActor(entry.payload(), actor));
                    String hash = AuditChain.hash(seq, prev, now, entry.type(), entry.ballotId(), payload);
                    insert.setLong(1, seq);
                    insert.setString(2, prev);
                    insert.setString(3, hash);
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setString(5, entry.type());
                    insert.setObject(6, entry.ballotId());
                    insert.setString(7, payload);
                    insert.addBatch();
                    prev = hash;
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit log", e);
        }
    }

    /** Who asked for the change: the logged-in user of the current request, if there is one. */
    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return null; // e.g. the vote writer thread: vote events name the casting member instead
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? null : current.getPrincipal().getName();
    }

    private static Map<String, ?> withActor(Map<String, ?> payload, String actor) {
        if (actor == null || payload.containsKey("actor")) {
            return payload;
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>(payload);
        copy.put("actor", actor);
        return copy;
    }

    public List<AuditEvent> forBallot(long ballotId) {
        List<AuditEvent> events = new ArrayList<>();
        read("SELECT seq, prev_hash, hash, occurred_at, type, ballot_id, payload FROM audit_event WHERE ballot_id = ? ORDER BY seq",
                ballotId, events::add);
        return events;
    }

    /** Walks the whole chain from the first event; reports the first broken link, if any. */
    public ChainVerification verifyChain() {
        ChainVerification.Builder result = new ChainVerification.Builder();
        read("SELECT seq, prev_hash, hash, occurred_at, type, ballot_id, payload FROM audit_event ORDER BY seq", null, result::accept);
        return result.build();
    }

    public static String canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit payload is not serialisable", e);
        }
    }

    private void read(String sql, Long ballotId, Consumer<AuditEvent> sink) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            if (ballotId != null) {
                ps.setLong(1, ballotId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), (Long) rs.getObject(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log", e);
        }
    }
}
