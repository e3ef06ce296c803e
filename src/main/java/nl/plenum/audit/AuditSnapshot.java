package nl.plenum.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One read-only, repeatable-read transaction for everything a verification reads. PostgreSQL's driver
 * streams with a fetch size only inside a transaction; outside one it loads the whole result.
 */
final class AuditSnapshot implements AutoCloseable {

    static final int FETCH_SIZE = 2000;

    /** Reads one row of a streamed result. */
    @FunctionalInterface
    interface Row {
        void accept(ResultSet rs) throws SQLException, java.io.IOException;
    }

    private final Connection connection;

    private AuditSnapshot(Connection connection) {
        this.connection = connection;
    }

    static AuditSnapshot open(DataSource dataSource) {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new AuditSnapshot(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start a read-only snapshot of the audit trail", e);
        }
    }

    /** Streams the rows of a query; the parameters are bound in order. */
    void stream(String sql, Row row, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void events(String sql, Long ballotId, Consumer<AuditEvent> sink) {
        Row row = rs -> sink.accept(event(rs));
        if (ballotId == null) {
            stream(sql, row);
        } else {
            stream(sql, row, ballotId);
        }
    }

    /** Reads the first seven columns as an event: seq, prev_hash, hash, occurred_at, type, ballot_id, payload. */
    static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), (Long) rs.getObject(6), rs.getString(7));
    }

    /** A cursor that the caller advances, for merging two ordered streams. */
    PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setFetchSize(FETCH_SIZE);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the pool discards a broken connection
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }
}
