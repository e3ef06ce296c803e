package nl.plenum.packaged;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.postgresql.PGConnection;

/** Direct access to Plenum's PostgreSQL, for loading bulk data and for checking what was stored. */
public final class Database {

    private final String jdbcUrl;
    private final String superuserPassword;

    /** Connects as the superuser: the tests load data and check what was stored as a DBA would. */
    public Database(nl.plenum.database.EmbeddedDatabase database) {
        this.jdbcUrl = database.jdbcUrl();
        this.superuserPassword = database.credentials().superuserPassword();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, nl.plenum.database.EmbeddedDatabase.SUPERUSER, superuserPassword);
    }

    /** Members {@code prefix000001…} with the given weights, loaded with COPY. */
    public void copyMembers(String prefix, int count, IntUnaryOperator weight) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder(count * 40);
        for (int i = 1; i <= count; i++) {
            String code = MemberCodes.code(prefix, i);
            rows.append(code).append('\t').append("Gemeente ").append(code).append('\t').append(i * 7L % 900_000)
                    .append('\t').append(weight.applyAsInt(i)).append("\ttrue\n");
        }
        try (Connection c = connect()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY member (code, name, inhabitants, weight, weight_explicit) FROM STDIN", new StringReader(rows.toString()));
        }
    }

    /**
     * Designates and binds the delegate of every member {@code prefix…} to the login {@code delegate-<code>} at
     * the issuer, as redeemed invitations would. Skipped on a schema without a delegate register (older versions).
     */
    public void bindDelegates(String issuer, String prefix) throws SQLException {
        if (number("SELECT count(*) FROM information_schema.tables WHERE table_name = 'delegate'") == 0) {
            return;
        }
        update("""
                INSERT INTO delegate (member_id, name, email, login_issuer, login_subject, login_name, bound_at)
                SELECT m.id, 'Afgevaardigde ' || m.code, lower(m.code) || '@example.org', ?, 'delegate-' || lower(m.code),
                       'delegate-' || lower(m.code), now()
                FROM member m WHERE m.code LIKE ? AND NOT EXISTS (SELECT 1 FROM delegate d WHERE d.member_id = m.id)""",
                issuer, prefix + "%");
    }

    public long number(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public int update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Rows of a query as maps, for small checks. */
    public List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** One digest per table of Plenum's schema over all its rows: any changed, added or removed row changes it. */
    public Map<String, String> checksum() throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"" + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        }
        return digests;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
