package nl.plenum.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plenum.audit.AuditChain;
import nl.plenum.audit.AuditLog;
import nl.plenum.ballot.BallotRules;
import nl.plenum.vote.Choice;

/** Counts stored votes in the database and keeps the tally computed at close. */
@ApplicationScoped
public class TallyService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Reads the totals the database keeps per ballot and choice (see V2__running_totals.sql) and applies
     * the rules: a handful of rows, however many votes. {@link #recount} counts the votes themselves.
     */
    public Tally count(long ballotId, BallotRules rules) {
        Object[] entitled = (Object[]) em.createNativeQuery("SELECT entitled_members, entitled_weight FROM ballot WHERE id = ?1")
                .setParameter(1, ballotId).getSingleResult();
        if (entitled[0] == null) {
            return recount(ballotId, rules); // never opened: nobody is entitled, nothing is cast
        }
        return tally(rules, entitled, "SELECT choice, votes, weight FROM ballot_total WHERE ballot_id = ?1 AND votes > 0", ballotId);
    }

    /** Counts the stored entitlements and votes one by one: what the audit compares the running totals with. */
    public Tally recount(long ballotId, BallotRules rules) {
        Object[] entitled = (Object[]) em.createNativeQuery(
                "SELECT count(*), coalesce(sum(weight), 0) FROM entitlement WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getSingleResult();
        return tally(rules, entitled, "SELECT choice, count(*), sum(weight) FROM vote WHERE ballot_id = ?1 GROUP BY choice", ballotId);
    }

    private Tally tally(BallotRules rules, Object[] entitled, String castQuery, long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(castQuery).setParameter(1, ballotId).getResultList();
        Map<Choice, Totals> cast = new EnumMap<>(Choice.class);
        for (Object[] row : rows) {
            cast.put(Choice.valueOf((String) row[0]), new Totals(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return Tally.compute(rules, ((Number) entitled[0]).longValue(), ((Number) entitled[1]).longValue(), cast);
    }

    /**
     * SHA-256 over every stored vote (receipt hash, choice, weight), in a fixed order; a secret vote
     * counts as its receipt hash and the SHA-256 of its stored ciphertexts.
     */
    public String votesDigest(long ballotId) {
        Object digest = em.createNativeQuery("""
                SELECT encode(sha256(convert_to(coalesce(string_agg(line, ',' ORDER BY line), ''), 'UTF8')), 'hex') FROM (
                    SELECT receipt_hash || ':' || choice || ':' || weight AS line FROM vote WHERE ballot_id = ?1
                    UNION ALL
                    SELECT receipt_hash || ':' || encode(sha256(ciphertexts), 'hex') FROM secret_vote WHERE ballot_id = ?1) v""")
                .setParameter(1, ballotId).getSingleResult();
        return (String) digest;
    }

    public String digest(Tally tally) {
        return AuditChain.sha256(AuditLog.canonicalJson(tally));
    }

    public void store(long ballotId, Tally tally) {
        em.createNativeQuery("INSERT INTO tally (ballot_id, body) VALUES (?1, cast(?2 AS jsonb))")
                .setParameter(1, ballotId)
                .setParameter(2, write(tally))
                .executeUpdate();
    }

    public Optional<Tally> stored(long ballotId) {
        @SuppressWarnings("unchecked")
        List<String> bodies = em.createNativeQuery("SELECT cast(body AS text) FROM tally WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getResultList();
        return bodies.stream().findFirst().map(this::read);
    }

    private String write(Tally tally) {
        try {
            return json.writeValueAsString(tally);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Tally read(String body) {
        try {
            return json.readValue(body, Tally.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tally is unreadable", e);
        }
    }
}
