package nl.plenum.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plenum.ballot.BallotState;

/** Read-only queries for the home page: one round trip per table, no entities to keep in sync. */
@ApplicationScoped
public class AgendaQueries {

    @Inject
    AgroalDataSource dataSource;

    /** The assembly in session; else the next planned one; else the most recent. */
    public Optional<Agenda> current() {
        try (Connection c = dataSource.getConnection()) {
            Agenda assembly;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, title, meeting_date, status FROM assembly
                    ORDER BY CASE status WHEN 'IN_SESSION' THEN 0 WHEN 'PLANNED' THEN 1 ELSE 2 END,
                             CASE WHEN status = 'CLOSED' THEN NULL ELSE meeting_date END ASC NULLS LAST,
                             meeting_date DESC, id DESC
                    LIMIT 1""");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                assembly = new Agenda(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class), rs.getString(4), List.of());
            }
            return Optional.of(new Agenda(assembly.id(), assembly.title(), assembly.date(), assembly.status(), items(c, assembly.id())));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the agenda", e);
        }
    }

    private static List<Agenda.Item> items(Connection c, long assemblyId) throws SQLException {
        Map<Long, List<Agenda.BallotLine>> ballots = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT b.id, b.resolution_id, b.question, b.state FROM ballot b
                JOIN resolution r ON r.id = b.resolution_id
                WHERE r.assembly_id = ? AND b.state <> 'CANCELLED' ORDER BY b.id""")) {
            s.setLong(1, assemblyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ballots.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Agenda.BallotLine(rs.getLong(1), rs.getString(3), BallotState.valueOf(rs.getString(4))));
                }
            }
        }
        List<Agenda.Item> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, agenda_item, title, status FROM resolution WHERE assembly_id = ?
                ORDER BY substring(agenda_item FROM '^[0-9]+')::int NULLS LAST, agenda_item, id""")) {
            s.setLong(1, assemblyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    items.add(new Agenda.Item(id, rs.getString(2), rs.getString(3), rs.getString(4), ballots.getOrDefault(id, List.of())));
                }
            }
        }
        return items;
    }
}
