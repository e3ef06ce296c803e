package nl.plenum.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.DomainException;
import nl.plenum.result.SecretTallies;
import nl.plenum.result.Tally;
import nl.plenum.result.TallyService;
import nl.plenum.result.Totals;
import nl.plenum.vote.Choice;

/**
 * Checks everything that can be recomputed, in one read-only snapshot and in constant memory: every
 * hash of the chain and every signature over it; that nothing after the last signed or anchored head
 * was removed; per ballot the frozen entitlement against its digest, each vote's weight against the
 * entitlement, the stored votes against a replay of the signed trail and against the votes digest at
 * close, and a recount (percentages, majority, quorum, verdict) against the stored and signed tally.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int MAX_BALLOT_PROBLEMS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    AuditKey key;

    @Inject
    BallotRepository ballots;

    @Inject
    TallyService tallies;

    @Inject
    SecretTallies secretTallies;

    @Inject
    ObjectMapper json;

    public record BallotCheck(long ballotId, BallotState state, boolean valid, List<String> problems) {
    }

    public record Report(boolean valid, ChainVerification chain, List<BallotCheck> ballots) {
    }

    /** The lifecycle events of one ballot, as found in the chain. */
    private static final class Lifecycle {
        JsonNode opened;
        JsonNode closed;
        JsonNode published;
        long publishedSeq;
    }

    public Report verify() {
        return verify(Optional.empty());
    }

    /** @param saved a head a member kept (from a results page, export or bundle): the chain must still contain it */
    public Report verify(Optional<SignedHead> saved) {
        List<Ballot> counted = new ArrayList<>();
        for (BallotState state : List.of(BallotState.OPEN, BallotState.CLOSED, BallotState.PUBLISHED)) {
            counted.addAll(ballots.inState(state));
        }
        try (AuditSnapshot snapshot = AuditSnapshot.open(dataSource)) {
            Map<Long, Lifecycle> lifecycles = new HashMap<>();
            List<SignedHead> anchors = new ArrayList<>();
            ChainVerification.Builder chain = new ChainVerification.Builder(key::check);
            snapshot.stream("""
                    SELECT e.seq, e.prev_hash, e.hash, e.occurred_at, e.type, e.ballot_id, e.payload, c.hash, c.key_id, c.signature
                    FROM audit_event e LEFT JOIN audit_checkpoint c ON c.seq = e.seq ORDER BY e.seq""", rs -> {
                AuditEvent event = AuditSnapshot.event(rs);
                SignedHead checkpoint = rs.getString(8) == null ? null : new SignedHead(event.seq(), rs.getString(8), rs.getString(9), rs.getString(10));
                chain.accept(event, checkpoint);
                if (event.ballotId() != null && event.type().startsWith("BALLOT_")) {
                    remember(lifecycles.computeIfAbsent(event.ballotId(), id -> new Lifecycle()), event, anchors);
                }
            });
            checkEnd(snapshot, chain, anchors, saved);
            ChainVerification result = chain.build();
            List<BallotCheck> checks = new ArrayList<>();
            for (Ballot ballot : counted) {
                checks.add(check(snapshot, ballot, lifecycles.getOrDefault(ballot.id, new Lifecycle())));
            }
            boolean valid = result.valid() && checks.stream().allMatch(BallotCheck::valid);
            return new Report(valid, result, checks);
        }
    }

    private void remember(Lifecycle lifecycle, AuditEvent event, List<SignedHead> anchors) {
        switch (event.type()) {
            case "BALLOT_OPENED" -> lifecycle.opened = parse(event.payload());
            case "BALLOT_CLOSED" -> lifecycle.closed = parse(event.payload());
            case "BALLOT_PUBLISHED" -> {
                lifecycle.published = parse(event.payload());
                lifecycle.publishedSeq = event.seq();
                anchor(lifecycle.published.path("anchor")).ifPresent(anchors::add);
            }
            default -> {
            }
        }
    }

    static Optional<SignedHead> anchor(JsonNode node) {
        if (node == null || !node.hasNonNull("seq")) {
            return Optional.empty();
        }
        return Optional.of(new SignedHead(node.path("seq").asLong(), node.path("hash").asText(), node.path("keyId").asText(), node.path("signature").asText()));
    }

    /** Removing the newest events leaves a consistent chain; the heads signed, anchored and saved say how long it was. */
    private void checkEnd(AuditSnapshot snapshot, ChainVerification.Builder chain, List<SignedHead> anchors, Optional<SignedHead> saved) {
        long headSeq = chain.headSeq();
        snapshot.stream("SELECT max(seq) FROM audit_checkpoint", rs -> {
            long lastCheckpoint = rs.getLong(1);
            if (lastCheckpoint > headSeq) {
                chain.problem("a signed checkpoint names event " + lastCheckpoint + " but the chain ends at " + headSeq + ": events were removed");
            }
        });
        audit.lastSignedByThisProcess().ifPresent(head -> expectInChain(snapshot, chain, head, "this server signed", headSeq));
        for (SignedHead anchor : anchors) {
            key.check(anchor).ifPresent(p -> chain.problem("a publication's anchored head: " + p));
            expectInChain(snapshot, chain, anchor, "a publication anchored", headSeq);
        }
        saved.ifPresent(head -> {
            key.check(head).ifPresent(p -> chain.problem("the saved head: " + p));
            expectInChain(snapshot, chain, head, "the saved head names", headSeq);
        });
    }

    private static void expectInChain(AuditSnapshot snapshot, ChainVerification.Builder chain, SignedHead head, String who, long headSeq) {
        String[] found = new String[1];
        snapshot.stream("SELECT hash FROM audit_event WHERE seq = ?", rs -> found[0] = rs.getString(1), head.seq());
        if (found[0] == null) {
            chain.problem(who + " event " + head.seq() + " (hash " + head.hash() + "), but the chain ends at " + headSeq + ": events were removed");
        } else if (!found[0].equals(head.hash())) {
            chain.problem(who + " event " + head.seq() + " with hash " + head.hash() + ", the chain now has " + found[0] + ": the chain was rewritten");
        }
    }

    BallotCheck check(AuditSnapshot snapshot, Ballot ballot, Lifecycle lifecycle) {
        List<String> problems = new ArrayList<>();
        if (lifecycle.opened == null) {
            problems.add("the audit trail has no BALLOT_OPENED event");
        }
        Entitlement entitlement = entitlement(snapshot, ballot.id);
        if (lifecycle.opened != null) {
            if (!entitlement.digest.equals(lifecycle.opened.path("entitlementDigest").asText())) {
                problems.add("the entitlements differ from those frozen when the ballot opened (entitlement digest)");
            }
            if (entitlement.members != lifecycle.opened.path("entitledMembers").asLong()
                    || entitlement.weight != lifecycle.opened.path("entitledWeight").asLong()) {
                problems.add("the entitlements sum to " + entitlement.members + " members, weight " + entitlement.weight + "; the ballot opened with "
                        + lifecycle.opened.path("entitledMembers").asLong() + " members, weight " + lifecycle.opened.path("entitledWeight").asLong());
            }
        }
        boolean secret = ballot.visibility == Visibility.SECRET;
        Votes votes = secret ? secretVotes(snapshot, ballot.id, problems) : votes(snapshot, ballot, problems);
        if (ballot.state == BallotState.OPEN) {
            return result(ballot, problems);
        }
        Tally recount;
        try {
            // a secret ballot is recounted from its ciphertexts, against the stored aggregates and decryption proofs
            recount = secret ? secretTallies.recount(ballot.id, ballot.rules())
                    : Tally.compute(ballot.rules(), entitlement.members, entitlement.weight, votes.cast);
        } catch (DomainException | IllegalArgumentException e) {
            problems.add("the stored votes cannot be counted: " + e.getMessage());
            return result(ballot, problems);
        }
        Optional<Tally> kept = tallies.stored(ballot.id);
        if (kept.isEmpty()) {
            problems.add("no stored tally");
        } else if (!kept.get().equals(recount)) {
            problems.add("the stored tally differs from a recount of the stored votes (stored " + kept.get().verdict() + ", recount " + recount.verdict() + ")");
        }
        String recountDigest = tallies.digest(recount);
        if (lifecycle.closed == null) {
            problems.add("the audit trail has no BALLOT_CLOSED event");
        } else {
            if (!lifecycle.closed.path("tallyDigest").asText().equals(recountDigest)) {
                problems.add("the recount differs from the tally signed when the ballot closed");
            }
            if (!lifecycle.closed.path("votesDigest").asText().equals(votes.digest)) {
                problems.add("the stored votes changed after the ballot closed (votes digest)");
            }
        }
        if (ballot.state == BallotState.PUBLISHED) {
            if (lifecycle.published == null) {
                problems.add("the ballot is published but the audit trail has no BALLOT_PUBLISHED event");
            } else if (!lifecycle.published.path("tallyDigest").asText().equals(recountDigest)) {
                problems.add("the recount differs from the tally signed when the result was published");
            }
        }
        return result(ballot, problems);
    }

    private static BallotCheck result(Ballot ballot, List<String> problems) {
        return new BallotCheck(ballot.id, ballot.state, problems.isEmpty(), List.copyOf(problems));
    }

    private record Entitlement(long members, long weight, String digest) {
    }

    /** Recomputes the digest of BALLOT_OPENED: SHA-256 of "code:weight" joined by ",", ordered by code. */
    private static Entitlement entitlement(AuditSnapshot snapshot, long ballotId) {
        MessageDigest digest = AuditChain.digest();
        long[] sums = new long[2];
        snapshot.stream("SELECT m.code, e.weight FROM entitlement e JOIN member m ON m.id = e.member_id WHERE e.ballot_id = ? ORDER BY m.code", rs -> {
            if (sums[0] > 0) {
                digest.update((byte) ',');
            }
            digest.update((rs.getString(1) + ":" + rs.getInt(2)).getBytes(StandardCharsets.UTF_8));
            sums[0]++;
            sums[1] += rs.getInt(2);
        }, ballotId);
        return new Entitlement(sums[0], sums[1], HexFormat.of().formatHex(digest.digest()));
    }

    private record Votes(Map<Choice, Totals> cast, String digest) {
    }

    /**
     * One merge of two streams ordered by receipt: the stored votes (with the weight their member is
     * entitled to) and the votes the signed trail ends with. Counts, digests and compares as it goes.
     */
    private Votes votes(AuditSnapshot snapshot, Ballot ballot, List<String> problems) {
        boolean open = ballot.visibility == Visibility.OPEN;
        MessageDigest digest = AuditChain.digest();
        Map<Choice, long[]> cast = new EnumMap<>(Choice.class);
        int differences = 0;
        try (PreparedStatement storedQuery = snapshot.prepare("""
                SELECT v.receipt_hash, v.choice, v.weight, e.weight, v.member_id FROM vote v
                LEFT JOIN entitlement e ON e.ballot_id = v.ballot_id AND e.member_id = v.member_id
                WHERE v.ballot_id = ? ORDER BY v.receipt_hash COLLATE "C"
                """, ballot.id);
                PreparedStatement trailQuery = snapshot.prepare("""
                        WITH ev AS (
                            SELECT seq, payload::jsonb AS p FROM audit_event WHERE ballot_id = ? AND type IN ('VOTE_CAST', 'VOTE_CHANGED')),
                        latest AS (
                            SELECT DISTINCT ON (coalesce(p ->> 'member', p ->> 'receiptHash')) p FROM ev
                            ORDER BY coalesce(p ->> 'member', p ->> 'receiptHash'), seq DESC)
                        SELECT p ->> 'receiptHash', p ->> 'choice', (p ->> 'weight')::int FROM latest l
                        WHERE NOT EXISTS (SELECT 1 FROM ev r WHERE r.p ->> 'replaces' = l.p ->> 'receiptHash')
                        ORDER BY l.p ->> 'receiptHash' COLLATE "C"
                        """, ballot.id);
                ResultSet stored = storedQuery.executeQuery();
                ResultSet trail = trailQuery.executeQuery()) {
            boolean hasStored = stored.next();
            boolean hasTrail = trail.next();
            boolean first = true;
            while (hasStored || hasTrail) {
                int order = !hasStored ? 1 : !hasTrail ? -1 : stored.getString(1).compareTo(trail.getString(1));
                if (order < 0 || (order == 0)) {
                    String receipt = stored.getString(1);
                    String choice = stored.getString(2);
                    int weight = stored.getInt(3);
                    digest.update(((first ? "" : ",") + receipt + ":" + choice + ":" + weight).getBytes(StandardCharsets.UTF_8));
                    first = false;
                    long[] totals = cast.computeIfAbsent(Choice.valueOf(choice), c -> new long[2]);
                    totals[0]++;
                    totals[1] += weight;
                    if (open) {
                        Object entitled = stored.getObject(4);
                        if (entitled == null) {
                            differences = report(problems, differences, "the vote with receipt " + receipt + " is by a member who is not entitled");
                        } else if (((Number) entitled).intValue() != weight) {
                            differences = report(problems, differences, "the vote with receipt " + receipt + " has weight " + weight
                                    + ", its member is entitled to " + entitled);
                        }
                    }
                    if (order < 0) {
                        differences = report(problems, differences, "the stored vote with receipt " + receipt + " is not in the signed trail");
                    } else if (!choice.equals(trail.getString(2))) {
                        differences = report(problems, differences, "the vote with receipt " + receipt + " is " + choice
                                + " in the database but " + trail.getString(2) + " in the signed trail");
                    } else if (open && trail.getObject(3) != null && trail.getInt(3) != weight) {
                        differences = report(problems, differences, "the vote with receipt " + receipt + " has weight " + weight
                                + " in the database but " + trail.getInt(3) + " in the signed trail");
                    }
                    hasStored = stored.next();
                    if (order == 0) {
                        hasTrail = trail.next();
                    }
                } else {
                    differences = report(problems, differences, "the vote with receipt " + trail.getString(1) + " in the signed trail is missing from the database");
                    hasTrail = trail.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the votes of ballot " + ballot.id, e);
        }
        Map<Choice, Totals> totals = new EnumMap<>(Choice.class);
        cast.forEach((choice, t) -> totals.put(choice, new Totals(t[0], t[1])));
        return new Votes(totals, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Secret votes are the members' own ciphertexts: the receipts standing in the database must be exactly
     * the last receipt per member in the signed trail; the digest is the one recorded at close.
     */
    private static Votes secretVotes(AuditSnapshot snapshot, long ballotId, List<String> problems) {
        int[] differences = new int[1];
        snapshot.stream("""
                WITH ev AS (
                    SELECT seq, payload::jsonb AS p FROM audit_event WHERE ballot_id = ? AND type IN ('VOTE_CAST', 'VOTE_CHANGED')),
                latest AS (
                    SELECT DISTINCT ON (p ->> 'member') p ->> 'receiptHash' AS receipt FROM ev ORDER BY p ->> 'member', seq DESC)
                SELECT coalesce(l.receipt, s.receipt_hash), s.receipt_hash IS NULL FROM latest l
                FULL JOIN (SELECT receipt_hash FROM secret_vote WHERE ballot_id = ?) s ON s.receipt_hash = l.receipt
                WHERE l.receipt IS NULL OR s.receipt_hash IS NULL
                """, rs -> differences[0] = report(problems, differences[0], rs.getBoolean(2)
                        ? "the vote with receipt " + rs.getString(1) + " in the signed trail is missing from the database"
                        : "the stored secret vote with receipt " + rs.getString(1) + " is not in the signed trail"), ballotId, ballotId);
        String[] digest = new String[1];
        snapshot.stream("""
                SELECT encode(sha256(convert_to(coalesce(string_agg(line, ',' ORDER BY line), ''), 'UTF8')), 'hex') FROM (
                    SELECT receipt_hash || ':' || encode(sha256(ciphertexts), 'hex') AS line FROM secret_vote WHERE ballot_id = ?) v
                """, rs -> digest[0] = rs.getString(1), ballotId);
        return new Votes(Map.of(), digest[0]);
    }

    private static int report(List<String> problems, int count, String problem) {
        if (count < MAX_BALLOT_PROBLEMS) {
            problems.add(problem);
        } else if (count == MAX_BALLOT_PROBLEMS) {
            problems.add("and more differences");
        }
        return count + 1;
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }
}
