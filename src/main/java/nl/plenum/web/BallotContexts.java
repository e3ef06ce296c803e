package nl.plenum.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotView;

/** Looks up a ballot (through {@link BallotService}) with its resolution and assembly. */
@ApplicationScoped
public class BallotContexts {

    @Inject
    BallotService ballots;

    @Inject
    AgroalDataSource dataSource;

    /** @throws nl.plenum.common.DomainException 404 when the ballot does not exist */
    public BallotContext of(long ballotId) {
        BallotView ballot = BallotView.of(ballots.get(ballotId));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT r.id, r.agenda_item, r.title, r.text_markdown, a.id, a.title
                     FROM resolution r JOIN assembly a ON a.id = r.assembly_id WHERE r.id = ?""")) {
            s.setLong(1, ballot.resolutionId());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("ballot " + ballotId + " names a missing resolution");
                }
                return new BallotContext(ballot, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read ballot " + ballotId, e);
        }
    }
}
