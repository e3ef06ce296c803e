package nl.plenum.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.plenum.ballot.BallotKeys;
import nl.plenum.ballot.BallotRules;
import nl.plenum.common.DomainException;
import nl.plenum.secrecy.BallotKeyPair;
import nl.plenum.secrecy.BallotPublicKey;
import nl.plenum.secrecy.Ciphertext;
import nl.plenum.secrecy.Decryption;
import nl.plenum.secrecy.DecryptionProof;
import nl.plenum.secrecy.Group;
import nl.plenum.secrecy.ScalarSource;
import nl.plenum.secrecy.SecretCount;
import nl.plenum.secrecy.StoredVote;
import nl.plenum.secrecy.Tracker;
import nl.plenum.vote.Choice;
import nl.plenum.vote.Receipt;

/**
 * The tally of a SECRET ballot at close: the stored ciphertexts are added up per option, weighted by the
 * frozen entitlement, and only these aggregates are decrypted, each with a proof (docs/SECRECY.md §5).
 * The aggregates and proofs are kept in secret_tally; the rest of the result is the ordinary {@link Tally}.
 */
@ApplicationScoped
public class SecretTallies {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BallotKeys keys;

    @Inject
    ObjectMapper json;

    private final ScalarSource random = ScalarSource.secure();

    /** Counts and stores the encrypted tally; called by the close, in its transaction. */
    public Tally count(long ballotId, BallotRules rules) {
        long[] entitled = entitled(ballotId);
        SecretCount sum = sum(ballotId, rules);
        BallotKeyPair key = keys.unseal(ballotId);
        SecretCount.Result result = sum.decrypt(ballotId, key, entitled[1], entitled[0], random);
        store(ballotId, key.publicKey(), rules, result);
        return tally(rules, entitled, result.weights().stream().map(SecretCount.ProvedTotal::total).toList(),
                result.counts().stream().map(SecretCount.ProvedTotal::total).toList());
    }

    /**
     * The audit's recount: adds up the stored ciphertexts again, checks they give the stored aggregates and
     * that every stored decryption proof holds, and applies the rules to the proved totals. Needs no key.
     */
    public Tally recount(long ballotId, BallotRules rules) {
        JsonNode stored = stored(ballotId);
        if (stored == null) {
            throw DomainException.conflict("secret-tally-missing", "Secret ballot " + ballotId + " has no stored encrypted tally");
        }
        BallotPublicKey key = BallotPublicKey.of(stored.path("publicKey").asText());
        SecretCount sum = sum(ballotId, rules);
        List<Ciphertext> weightAggregates = sum.weightAggregates();
        List<Ciphertext> countAggregates = sum.countAggregates();
        List<Long> weights = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        JsonNode totals = stored.path("totals");
        for (int j = 0; j < rules.optionSet().choices().size(); j++) {
            weights.add(proved(ballotId, key, j, weightAggregates.get(j), totals.path(j).path("weight")));
            counts.add(proved(ballotId, key, j, countAggregates.get(j), totals.path(j).path("count")));
        }
        return tally(rules, entitled(ballotId), weights, counts);
    }

    /** The stored aggregates and proofs, or null. */
    public JsonNode stored(long ballotId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT cast(body AS text) FROM secret_tally WHERE ballot_id = ?")) {
            ps.setLong(1, ballotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? json.readTree(rs.getString(1)) : null;
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("secret tally of ballot " + ballotId + " unreadable", e);
        }
    }

    private long proved(long ballotId, BallotPublicKey key, int option, Ciphertext recomputed, JsonNode stored) {
        Ciphertext aggregate = new Ciphertext(Group.point(stored.path("a").asText()), Group.point(stored.path("b").asText()));
        long total = stored.path("total").asLong(-1);
        DecryptionProof proof = new DecryptionProof(Group.point(stored.path("d").asText()),
                Group.scalar(stored.path("c").asText()), Group.scalar(stored.path("z").asText()));
        if (!aggregate.a().equals(recomputed.a()) || !aggregate.b().equals(recomputed.b())) {
            throw DomainException.conflict("secret-tally-mismatch", "The stored votes do not add up to the stored aggregate of option " + option);
        }
        if (!Decryption.verify(ballotId, key, option, aggregate, total, proof)) {
            throw DomainException.conflict("secret-tally-mismatch", "The decryption proof of option " + option + " does not hold");
        }
        return total;
    }

    /** Adds up the stored votes in parallel parts; a vote whose ciphertexts no longer match its tracker stops the count. */
    private SecretCount sum(long ballotId, BallotRules rules) {
        int options = rules.optionSet().choices().size();
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT e.weight, v.receipt_hash, v.ciphertexts FROM secret_vote v
                        JOIN entitlement e ON e.ballot_id = v.ballot_id AND e.member_id = v.member_id
                        WHERE v.ballot_id = ?""")) {
            ps.setLong(1, ballotId);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getInt(1), rs.getString(2), rs.getBytes(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("secret votes of ballot " + ballotId + " unreadable", e);
        }
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rows.size() / 1000));
        List<SecretCount> partial = IntStream.range(0, parts).parallel().mapToObj(part -> {
            SecretCount count = new SecretCount(options);
            for (int i = part; i < rows.size(); i += parts) {
                Object[] row = rows.get(i);
                List<Ciphertext> cts = StoredVote.ciphertexts((byte[]) row[2]);
                if (cts.size() != options || !Receipt.hash(Tracker.of(ballotId, cts)).equals(row[1])) {
                    throw DomainException.conflict("secret-votes-altered",
                            "A stored secret vote of ballot " + ballotId + " no longer matches its tracker: the database was altered");
                }
                count.add((Integer) row[0], cts);
            }
            return count;
        }).toList();
        SecretCount all = new SecretCount(options);
        partial.forEach(all::merge);
        return all;
    }

    private long[] entitled(long ballotId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT entitled_members, entitled_weight FROM ballot WHERE id = ?")) {
            ps.setLong(1, ballotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Tally tally(BallotRules rules, long[] entitled, List<Long> weights, List<Long> counts) {
        Map<Choice, Totals> cast = new EnumMap<>(Choice.class);
        List<Choice> choices = rules.optionSet().choices();
        for (int j = 0; j < choices.size(); j++) {
            if (counts.get(j) > 0) {
                cast.put(choices.get(j), new Totals(counts.get(j), weights.get(j)));
            }
        }
        return Tally.compute(rules, entitled[0], entitled[1], cast);
    }

    private void store(long ballotId, BallotPublicKey key, BallotRules rules, SecretCount.Result result) {
        ObjectNode body = json.createObjectNode();
        body.put("version", "v1");
        body.put("publicKey", key.hex());
        body.put("votes", result.votes());
        ArrayNode totals = body.putArray("totals");
        List<Choice> choices = rules.optionSet().choices();
        for (int j = 0; j < choices.size(); j++) {
            ObjectNode option = totals.addObject();
            option.put("option", choices.get(j).name());
            option.set("weight", node(result.weights().get(j)));
            option.set("count", node(result.counts().get(j)));
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO secret_tally (ballot_id, body) VALUES (?, cast(? AS jsonb))")) {
            ps.setLong(1, ballotId);
            ps.setString(2, json.writeValueAsString(body));
            ps.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode node(SecretCount.ProvedTotal t) {
        ObjectNode n = json.createObjectNode();
        n.put("total", t.total());
        n.put("a", Group.hex(t.aggregate().a()));
        n.put("b", Group.hex(t.aggregate().b()));
        n.put("d", Group.hex(t.proof().d()));
        n.put("c", Group.hex(t.proof().c()));
        n.put("z", Group.hex(t.proof().z()));
        return n;
    }
}
