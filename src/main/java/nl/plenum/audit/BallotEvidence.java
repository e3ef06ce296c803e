package nl.plenum.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.Visibility;
import nl.plenum.result.Boards;
import nl.plenum.result.Tally;
import nl.plenum.result.TallyService;

/**
 * The evidence bundle of one ballot (schema {@code plenum-evidence/2}, see docs/EVIDENCE.md): everything an
 * outsider needs to recompute the result and check it against the signed chain, written as a stream.
 */
@ApplicationScoped
public class BallotEvidence {

    public static final String SCHEMA = "plenum-evidence/2";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditKey key;

    @Inject
    AuditLog audit;

    @Inject
    TallyService tallies;

    @Inject
    ObjectMapper json;

    @Inject
    Boards boards;

    public void write(Ballot ballot, OutputStream out) {
        Tally tally = tallies.stored(ballot.id).orElseThrow(() -> new IllegalStateException("ballot " + ballot.id + " has no stored tally"));
        try (AuditSnapshot snapshot = AuditSnapshot.open(dataSource); JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            // read here rather than through the member feature, which depends on audit
            snapshot.stream("SELECT name FROM association", rs -> g.writeStringField("association", rs.getString(1)));
            g.writeObjectFieldStart("ballot");
            g.writeNumberField("id", ballot.id);
            g.writeStringField("question", ballot.question);
            g.writeStringField("visibility", ballot.visibility.name());
            g.writeStringField("optionSet", ballot.optionSet.name());
            g.writeStringField("percentBase", ballot.percentBase.name());
            g.writeStringField("majorityRule", ballot.majorityRule.name());
            g.writeStringField("quorum", ballot.quorum == null ? null : ballot.quorum.toPlainString());
            g.writeStringField("state", ballot.state.name());
            g.writeEndObject();
            g.writeObjectField("keys", key.all());
            g.writeArrayFieldStart("entitlements");
            // the order of the entitlement digest in BALLOT_OPENED
            snapshot.stream("SELECT m.code, e.weight FROM entitlement e JOIN member m ON m.id = e.member_id WHERE e.ballot_id = ? ORDER BY m.code", rs -> {
                g.writeStartObject();
                g.writeStringField("member", rs.getString(1));
                g.writeNumberField("weight", rs.getInt(2));
                g.writeEndObject();
            }, ballot.id);
            g.writeEndArray();
            if (ballot.visibility == Visibility.SECRET) {
                // trackers, ciphertexts and proofs as on the board, then what the close decrypted
                boards.writeVotes(g, ballot.id);
                g.writeObjectFieldStart("secret");
                g.writeStringField("publicKey", ballot.publicKey);
                g.writeFieldName("totals");
                g.writeTree(boards.totals(ballot.id));
                g.writeEndObject();
            } else {
                writeOpenVotes(snapshot, g, ballot.id);
            }
            g.writeArrayFieldStart("events");
            snapshot.stream("""
                    SELECT e.seq, e.prev_hash, e.hash, e.occurred_at, e.type, e.ballot_id, e.payload, c.key_id, c.signature
                    FROM audit_event e LEFT JOIN audit_checkpoint c ON c.seq = e.seq WHERE e.ballot_id = ? ORDER BY e.seq""", rs -> {
                AuditEvent event = AuditSnapshot.event(rs);
                g.writeStartObject();
                g.writeNumberField("seq", event.seq());
                g.writeStringField("prevHash", event.prevHash());
                g.writeStringField("hash", event.hash());
                g.writeStringField("occurredAt", event.occurredAt().toString());
                g.writeStringField("type", event.type());
                g.writeNumberField("ballotId", event.ballotId());
                g.writeStringField("payload", event.payload());
                if (rs.getString(8) != null) {
                    g.writeObjectFieldStart("signature");
                    g.writeStringField("keyId", rs.getString(8));
                    g.writeStringField("signature", rs.getString(9));
                    g.writeEndObject();
                }
                g.writeEndObject();
            }, ballot.id);
            g.writeEndArray();
            g.writeStringField("tally", AuditLog.canonicalJson(tally));
            SignedHead published = audit.publishedHead(ballot.id).orElse(null);
            g.writeObjectField("publishedHead", published);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In the order of the votes digest in BALLOT_CLOSED. */
    private static void writeOpenVotes(AuditSnapshot snapshot, JsonGenerator g, long ballotId) throws IOException {
        g.writeArrayFieldStart("votes");
        snapshot.stream("""
                SELECT v.receipt_hash, m.code, v.choice, v.weight FROM vote v LEFT JOIN member m ON m.id = v.member_id
                WHERE v.ballot_id = ? ORDER BY v.receipt_hash""", rs -> {
            g.writeStartObject();
            g.writeStringField("receiptHash", rs.getString(1));
            if (rs.getString(2) != null) { // a vote without its member is what a verifier must see, not skip
                g.writeStringField("member", rs.getString(2));
            }
            g.writeStringField("choice", rs.getString(3));
            g.writeNumberField("weight", rs.getInt(4));
            g.writeEndObject();
        }, ballotId);
        g.writeEndArray();
    }
}
