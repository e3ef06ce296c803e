package nl.plenum;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Test data written straight into the real database. Tests share one database, so every
 * fixture gets unique codes and deactivates the members of earlier tests before a ballot opens.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    AgroalDataSource dataSource;

    public static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Only the members created after this call will be entitled on ballots opened later. */
    public void deactivateAllMembers() {
        update("UPDATE member SET active = false WHERE active");
    }

    public long member(String code, int weight) {
        return insert("INSERT INTO member (code, name, inhabitants, weight, weight_explicit) VALUES (?, ?, 0, ?, true) RETURNING id",
                code, "Gemeente " + code, weight);
    }

    public long assembly() {
        return insert("INSERT INTO assembly (title, meeting_date) VALUES (?, current_date) RETURNING id", "ALV " + uniqueCode("T"));
    }

    public long resolution(long assemblyId) {
        return insert("INSERT INTO resolution (assembly_id, agenda_item, title, text_markdown) VALUES (?, ?, ?, '') RETURNING id",
                assemblyId, uniqueCode("8"), "Resolutie");
    }

    public void mandate(long assemblyId, long memberId, long proxyId) {
        update("INSERT INTO mandate (assembly_id, member_id, proxy_member_id) VALUES (?, ?, ?)", assemblyId, memberId, proxyId);
    }

    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String string(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... args) {
        return count(sql, args);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
