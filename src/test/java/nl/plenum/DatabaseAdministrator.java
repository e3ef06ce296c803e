package nl.plenum;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a database administrator with a superuser login sees: any query, and a full dump of every table.
 * Connects as the superuser the application never is (the same login as {@link Dba}).
 */
public final class DatabaseAdministrator {

    private DatabaseAdministrator() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("plenum.test.dba.url", String.class),
                config.getValue("plenum.test.dba.username", String.class), config.getValue("plenum.test.dba.password", String.class));
    }

    /** Every row of a query, each column as text (null as "NULL"). */
    public static List<List<String>> query(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        String value = rs.getString(i);
                        row.add(value == null ? "NULL" : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A full dump: per table of every schema but the system ones, each row as PostgreSQL's text form. */
    public static Map<String, List<String>> dump() {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (List<String> table : query("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1""")) {
            List<String> rows = new ArrayList<>();
            query("SELECT t::text FROM " + table.get(0) + " t").forEach(r -> rows.add(r.get(0)));
            dump.put(table.get(0), rows);
        }
        return dump;
    }
}
