package nl.plenum.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import nl.plenum.result.SecretTallies;
import nl.plenum.result.Tally;
import nl.plenum.result.TallyService;

/**
 * Owns a ballot's life: DRAFT → OPEN → CLOSED → PUBLISHED (or CANCELLED). Every transition takes
 * the ballot's row lock, is idempotent (asking again for the state it is in changes nothing) and
 * is written to the audit log in the same transaction.
 */
@ApplicationScoped
public class BallotService {

    @Inject
    BallotRepository ballots;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TallyService tallies;

    @Inject
    BallotKeys keys;

    @Inject
    SecretTallies secretTallies;

    @Inject
    BallotDefaultsService defaults;

    /** A ballot from the API: every omitted rule, the quorum too, is the assembly's default ({@link BallotDefaultsService}). */
    @Transactional
    public Ballot create(long resolutionId, BallotDraft draft) {
        return create(resolutionId, draft, true);
    }

    /**
     * @param quorumOmitted false for a form, whose empty quorum field means "no quorum" rather than "the default"
     */
    @Transactional
    public Ballot create(long resolutionId, BallotDraft draft, boolean quorumOmitted) {
        requireResolution(resolutionId);
        BallotDraft filled = defaults.forResolution(resolutionId).fill(draft, quorumOmitted);
        Ballot ballot = new Ballot();
        ballot.resolutionId = resolutionId;
        apply(ballot, filled);
        ballots.persist(ballot);
        ballots.flush();
        audit.append("BALLOT_CREATED", ballot.id, describe(ballot));
        return ballot;
    }

    /**
     * Replaces a draft's question and rules (omitted rules take the defaults, as at creation). Only a DRAFT:
     * once a ballot opens its rules are what delegates were shown and what BALLOT_OPENED signed.
     */
    @Transactional
    public Ballot edit(long id, BallotDraft draft) {
        Ballot ballot = ballots.lockForChange(id);
        if (ballot.state != BallotState.DRAFT) {
            throw DomainException.conflict("ballot-not-draft",
                    "Ballot " + id + " is " + ballot.state + ": only a DRAFT ballot can be edited");
        }
        // omitted rules as at creation: the assembly's defaults; a missing quorum here means none (the form's empty field)
        BallotDraft filled = defaults.forResolution(ballot.resolutionId).fill(draft, false);
        apply(ballot, filled);
        ballots.flush();
        audit.append("BALLOT_EDITED", id, describe(ballot));
        return ballot;
    }

    public Ballot get(long id) {
        return ballots.require(id);
    }

    /** The ballots on a resolution; 404 for a resolution that does not exist, rather than an empty list. */
    public List<Ballot> forResolution(long resolutionId) {
        requireResolution(resolutionId);
        return ballots.forResolution(resolutionId);
    }

    private void requireResolution(long resolutionId) {
        Number exists = (Number) em.createNativeQuery("SELECT count(*) FROM resolution WHERE id = ?1")
                .setParameter(1, resolutionId).getSingleResult();
        if (exists.longValue() == 0) {
            throw DomainException.notFound("Resolution", resolutionId);
        }
    }

    /** Opens the ballot and freezes who may vote with which weight, and whose delegate casts each vote (mandates). */
    @Transactional
    public Ballot open(long id) {
        Ballot ballot = ballots.lockForChange(id);
        if (!move(ballot, BallotState.OPEN)) {
            return ballot;
        }
        ballot.openedAt = OffsetDateTime.now(); // before any query: the native ones flush the state change
        int entitled = em.createNativeQuery("""
                INSERT INTO entitlement (ballot_id, member_id, weight, proxy_member_id)
                SELECT ?1, m.id, m.weight, proxy.id FROM member m
                JOIN ballot b ON b.id = ?1 JOIN resolution r ON r.id = b.resolution_id
                LEFT JOIN mandate md ON md.assembly_id = r.assembly_id AND md.member_id = m.id
                LEFT JOIN member proxy ON proxy.id = md.proxy_member_id AND proxy.active
                WHERE m.active AND m.weight > 0""")
                .setParameter(1, id).executeUpdate();
        // Mandates are frozen with the weights (issue 12.1): a mandate set or withdrawn while the ballot is open
        // never lets another delegate overwrite a vote; it counts from the next ballot on.
        if (entitled == 0) {
            throw DomainException.conflict("no-entitled-members", "No active member has a weight above zero: nobody could vote");
        }
        Object[] snapshot = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(sum(e.weight), 0),
                       encode(sha256(convert_to(string_agg(m.code || ':' || e.weight, ',' ORDER BY m.code), 'UTF8')), 'hex')
                FROM entitlement e JOIN member m ON m.id = e.member_id WHERE e.ballot_id = ?1""")
                .setParameter(1, id).getSingleResult();
        Map<String, Object> payload = describe(ballot);
        payload.put("entitledMembers", ((Number) snapshot[0]).longValue());
        payload.put("entitledWeight", ((Number) snapshot[1]).longValue());
        payload.put("entitlementDigest", snapshot[2]);
        if (ballot.visibility == Visibility.SECRET) {
            ballot.publicKey = keys.create(id).hex();
            payload.put("publicKey", ballot.publicKey);
        }
        // kept on the ballot, so the tally at close need not count a million entitlements again
        em.createNativeQuery("UPDATE ballot SET entitled_members = ?1, entitled_weight = ?2 WHERE id = ?3")
                .setParameter(1, snapshot[0]).setParameter(2, snapshot[1]).setParameter(3, id).executeUpdate();
        audit.append("BALLOT_OPENED", id, payload);
        return ballot;
    }

    /** Closes the ballot and stores its tally, so nobody ever recounts for a page view. */
    @Transactional
    public Ballot close(long id) {
        Ballot ballot = ballots.lockForChange(id);
        if (!move(ballot, BallotState.CLOSED)) {
            return ballot;
        }
        ballot.closedAt = OffsetDateTime.now();
        // a secret ballot's totals exist only encrypted until now: decrypted here, with proofs
        Tally tally = ballot.visibility == Visibility.SECRET ? secretTallies.count(id, ballot.rules()) : tallies.count(id, ballot.rules());
        tallies.store(id, tally);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("votesDigest", tallies.votesDigest(id));
        payload.put("tallyDigest", tallies.digest(tally));
        payload.put("adopted", tally.adopted());
        audit.append("BALLOT_CLOSED", id, payload);
        return ballot;
    }

    @Transactional
    public Ballot publish(long id) {
        Ballot ballot = ballots.lockForChange(id);
        if (!move(ballot, BallotState.PUBLISHED)) {
            return ballot;
        }
        ballot.publishedAt = OffsetDateTime.now();
        Tally tally = tallies.stored(id).orElseThrow(() -> new IllegalStateException("closed ballot " + id + " has no stored tally"));
        em.createNativeQuery("UPDATE resolution SET status = ?1 WHERE id = ?2 AND status = 'PENDING'")
                .setParameter(1, tally.adopted() ? "ADOPTED" : "REJECTED")
                .setParameter(2, ballot.resolutionId)
                .executeUpdate();
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("tallyDigest", tallies.digest(tally));
        published.put("adopted", tally.adopted());
        // the signed head so far, in the event itself: the publication is bound to the chain before it
        audit.head().ifPresent(head -> published.put("anchor", head));
        audit.append("BALLOT_PUBLISHED", id, published);
        return ballot;
    }

    /** Withdrawing a ballot delegates may be voting on needs a reason, kept in the audit with the event. */
    @Transactional
    public Ballot cancel(long id, String reason) {
        Ballot ballot = ballots.lockForChange(id);
        String why = reason == null ? "" : reason.strip();
        if (ballot.state == BallotState.OPEN && why.isEmpty()) {
            throw DomainException.invalid("reason", "A reason is required to cancel an open ballot");
        }
        if (why.length() > Cancellation.MAX_REASON) {
            throw DomainException.invalid("reason", "At most " + Cancellation.MAX_REASON + " characters");
        }
        BallotState before = ballot.state;
        if (move(ballot, BallotState.CANCELLED)) {
            audit.append("BALLOT_CANCELLED", id, why.isEmpty() ? Map.of("question", ballot.question, "was", before.name())
                    : Map.of("question", ballot.question, "was", before.name(), "reason", why));
        }
        return ballot;
    }

    private static void apply(Ballot ballot, BallotDraft filled) {
        ballot.question = filled.question().strip();
        ballot.optionSet = filled.optionSet();
        ballot.percentBase = filled.percentBase();
        ballot.majorityRule = filled.majorityRule();
        ballot.quorum = filled.quorum();
        ballot.visibility = filled.visibility();
    }

    /** @return false when the ballot is already in the target state (an idempotent repeat) */
    private static boolean move(Ballot ballot, BallotState target) {
        if (ballot.state == target) {
            return false;
        }
        if (!ballot.state.canMoveTo(target)) {
            throw DomainException.conflict("invalid-state-change",
                    "Ballot " + ballot.id + " is " + ballot.state + " and cannot become " + target);
        }
        ballot.state = target;
        return true;
    }

    private static Map<String, Object> describe(Ballot b) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("resolutionId", b.resolutionId);
        payload.put("question", b.question);
        payload.put("optionSet", b.optionSet);
        payload.put("percentBase", b.percentBase);
        payload.put("majorityRule", b.majorityRule);
        payload.put("quorum", b.quorum);
        payload.put("visibility", b.visibility);
        payload.put("state", b.state);
        return payload;
    }
}
