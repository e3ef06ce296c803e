package nl.plenum.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.Dba;

/**
 * Rows a DBA attack is about to change, kept so the test can put them back exactly: the tests share
 * one database, and later tests expect an intact chain.
 */
final class TableSnapshot {

    private record Part(String table, String where, Object[] args, List<Map<String, Object>> rows) {
    }

    private final Dba dba;
    private final List<Part> parts = new ArrayList<>();

    TableSnapshot(Dba dba) {
        this.dba = dba;
    }

    TableSnapshot keep(String table, String where, Object... args) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dba.connect(); PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        parts.add(new Part(table, where, args, rows));
        return this;
    }

    /** Deletes what is there now and inserts the kept rows, with every trigger off (as the attacker had). */
    void restore() {
        try (Connection c = dba.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
            }
            for (int p = parts.size() - 1; p >= 0; p--) {
                Part part = parts.get(p);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + part.table() + " WHERE " + part.where())) {
                    for (int i = 0; i < part.args().length; i++) {
                        ps.setObject(i + 1, part.args()[i]);
                    }
                    ps.executeUpdate();
                }
            }
            for (Part part : parts) {
                for (Map<String, Object> row : part.rows()) {
                    String columns = String.join(", ", row.keySet());
                    String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + part.table() + " (" + columns + ") OVERRIDING SYSTEM VALUE VALUES (" + marks + ")")) {
                        int i = 1;
                        for (Object value : row.values()) {
                            ps.setObject(i++, value);
                        }
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
