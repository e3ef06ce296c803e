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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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

    @Inject
    AuditKey key;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The highest head this process signed and saw committed: a shorter chain later means events were removed. */
    private final AtomicReference<SignedHead> lastSigned = new AtomicReference<>();

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
            checkpoint(c, key.sign(seq, prev));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit log", e);
        }
    }

    /** Signs the new head in the same transaction: no event is committed without a signature over it. */
    private void checkpoint(Connection c, SignedHead head) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_checkpoint (seq, hash, key_id, signature, signed_at) VALUES (?, ?, ?, ?, now())")) {
            insert.setLong(1, head.seq());
            insert.setString(2, head.hash());
            insert.setString(3, head.keyId());
            insert.setString(4, head.signature());
            insert.executeUpdate();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    lastSigned.accumulateAndGet(head, (a, b) -> a == null || b.seq() > a.seq() ? b : a);
                }
            }
        });
    }

    /** The newest signed head: what the results pages, exports and {@code /audit/head} show. */
    public Optional<SignedHead> head() {
        return checkpoint("SELECT seq, hash, key_id, signature FROM audit_checkpoint ORDER BY seq DESC LIMIT 1", null);
    }

    /** The first signed head at or after an event: the signature that covers it. */
    public Optional<SignedHead> headCovering(long seq) {
        return checkpoint("SELECT seq, hash, key_id, signature FROM audit_checkpoint WHERE seq >= ? ORDER BY seq LIMIT 1", seq);
    }

    /** The signed head that covers a ballot's publication: members saw it on the results page. */
    public Optional<SignedHead> publishedHead(long ballotId) {
        return checkpoint("""
                SELECT c.seq, c.hash, c.key_id, c.signature FROM audit_checkpoint c
                WHERE c.seq >= (SELECT min(seq) FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_PUBLISHED')
                ORDER BY c.seq LIMIT 1""", ballotId);
    }

    Optional<SignedHead> lastSignedByThisProcess() {
        return Optional.ofNullable(lastSigned.get());
    }

    private Optional<SignedHead> checkpoint(String sql, Long arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setLong(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SignedHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit checkpoints", e);
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


    public static String canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit payload is not serialisable", e);
        }
    }

    private void read(String sql, Long ballotId, Consumer<AuditEvent> sink) {
        try (AuditSnapshot snapshot = AuditSnapshot.open(dataSource)) {
            snapshot.events(sql, ballotId, sink);
        }
    }
}
