package nl.plenum.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.DomainException;
import nl.plenum.secrecy.BitProof;
import nl.plenum.secrecy.Ciphertext;
import nl.plenum.secrecy.EncryptedVote;
import nl.plenum.secrecy.Group;
import nl.plenum.secrecy.StoredVote;
import nl.plenum.vote.Choice;
import nl.plenum.vote.Receipt;

/** Writes a published secret ballot's board (docs/SECRECY.md §6) as it reads the votes: 100,000 votes never sit in memory as JSON. */
@ApplicationScoped
public class Boards {

    @Inject
    BallotRepository ballots;

    @Inject
    SecretTallies tallies;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public StreamingOutput board(long ballotId) {
        Ballot ballot = ballots.require(ballotId);
        if (ballot.visibility != Visibility.SECRET) {
            throw DomainException.conflict("not-secret", "Ballot " + ballotId + " is not secret: its votes are published per member (roll-call)");
        }
        if (ballot.state != BallotState.PUBLISHED) {
            throw DomainException.conflict("not-yet-published", "The board of a secret ballot is public once its result is published");
        }
        JsonNode tally = tallies.stored(ballotId);
        String publicKey = ballot.publicKey;
        return out -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("version", "v1");
                g.writeNumberField("ballotId", ballotId);
                g.writeStringField("curve", "P-256");
                g.writeStringField("publicKey", publicKey);
                g.writeArrayFieldStart("options");
                for (Choice choice : ballot.optionSet.choices()) {
                    g.writeString(choice.name());
                }
                g.writeEndArray();
                writeVotes(g, ballotId);
                g.writeNumberField("entitledWeight", entitledWeight(ballotId));
                g.writeFieldName("totals");
                g.writeTree(tally.path("totals"));
                g.writeEndObject();
            }
        };
    }

    /** The {@code votes} field of the board and of the evidence bundle, read through a cursor. */
    public void writeVotes(JsonGenerator g, long ballotId) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // a cursor, not the whole result at once
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.weight, v.ciphertexts, v.proofs FROM secret_vote v
                    JOIN entitlement e ON e.ballot_id = v.ballot_id AND e.member_id = v.member_id
                    WHERE v.ballot_id = ? ORDER BY v.receipt_hash""")) {
                ps.setLong(1, ballotId);
                ps.setFetchSize(2000);
                g.writeArrayFieldStart("votes");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        writeVote(g, ballotId, rs.getInt(1), StoredVote.vote(rs.getBytes(2), rs.getBytes(3)));
                    }
                }
                g.writeEndArray();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("board of ballot " + ballotId + " could not be read", e));
        }
    }

    private long entitledWeight(long ballotId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT entitled_weight FROM ballot WHERE id = ?")) {
            ps.setLong(1, ballotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("board of ballot " + ballotId + " could not be read", e));
        }
    }

    /** The decrypted totals per option with their aggregates and decryption proofs (docs/SECRECY.md §5). */
    public JsonNode totals(long ballotId) {
        return tallies.stored(ballotId).path("totals");
    }

    private static void writeVote(JsonGenerator g, long ballotId, int weight, EncryptedVote vote) throws IOException {
        g.writeStartObject();
        String tracker = vote.tracker(ballotId);
        g.writeStringField("tracker", tracker);
        g.writeStringField("receiptHash", Receipt.hash(tracker));
        g.writeNumberField("weight", weight);
        g.writeArrayFieldStart("ciphertexts");
        for (Ciphertext ct : vote.ciphertexts()) {
            g.writeStartObject();
            g.writeStringField("a", Group.hex(ct.a()));
            g.writeStringField("b", Group.hex(ct.b()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("bitProofs");
        for (BitProof p : vote.bitProofs()) {
            g.writeStartObject();
            g.writeStringField("c0", Group.hex(p.c0()));
            g.writeStringField("c1", Group.hex(p.c1()));
            g.writeStringField("z0", Group.hex(p.z0()));
            g.writeStringField("z1", Group.hex(p.z1()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("sumProof");
        g.writeStringField("c", Group.hex(vote.sumProof().c()));
        g.writeStringField("z", Group.hex(vote.sumProof().z()));
        g.writeEndObject();
        g.writeEndObject();
    }
}
