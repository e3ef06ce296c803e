package nl.plenum.vote;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plenum.audit.AuditEntry;
import nl.plenum.audit.AuditLog;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;

/**
 * Writes a batch of votes inside the caller's transaction with a handful of set-based statements.
 * Each vote is checked on its own (ballot open, choice allowed, member entitled, caller allowed);
 * a rejected vote gets its own answer and does not disturb the others.
 */
@ApplicationScoped
public class VoteBatch {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    WriterClock clock;

    @Inject
    ChangeCap changeCap;

    /** Either a result or the reason the vote was refused. */
    public record Outcome(CastResult result, DomainException rejection) {
    }

    private record BallotFacts(BallotState state, Visibility visibility, OptionSet optionSet, long assemblyId) {
    }

    private record Key(long ballotId, long memberId) {
    }

    public List<Outcome> apply(List<CastCommand> commands) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new Run(c, commands).execute();
        }
    }

    /** The state of one batch: what was looked up, and what it will write. */
    private final class Run {
        private final Connection c;
        private final List<CastCommand> commands;
        private final Map<Long, BallotFacts> ballots = new HashMap<>();
        private final Map<String, Long> memberIds = new HashMap<>();
        private final Map<Key, Integer> weights = new HashMap<>();
        private final Map<Key, Long> proxies = new HashMap<>(); // (assembly, member) → proxy member
        private final Set<Key> participated = new HashSet<>();
        private final Map<Key, Integer> changes = new HashMap<>();
        private final List<Object[]> newParticipations = new ArrayList<>();
        private final List<Object[]> changedParticipations = new ArrayList<>();
        private final Map<Key, Object[]> openVotes = new LinkedHashMap<>(); // last vote per member in this batch wins
        private final List<AuditEntry> events = new ArrayList<>();

        Run(Connection c, List<CastCommand> commands) {
            this.c = c;
            this.commands = commands;
        }

        List<Outcome> execute() throws SQLException {
            lookUp();
            List<Outcome> outcomes = new ArrayList<>(commands.size());
            for (CastCommand command : commands) {
                try {
                    outcomes.add(new Outcome(cast(command), null));
                } catch (DomainException rejected) {
                    outcomes.add(new Outcome(null, rejected));
                }
            }
            flush();
            return outcomes;
        }

        private void lookUp() throws SQLException {
            Long[] ballotIds = commands.stream().map(CastCommand::ballotId).distinct().toArray(Long[]::new);
            Set<String> codes = new HashSet<>();
            commands.forEach(cmd -> {
                codes.add(cmd.memberCode());
                codes.add(cmd.actorCode());
            });
            // FOR SHARE: a concurrent close waits for this batch, and a batch after a close sees CLOSED.
            query("""
                    SELECT b.id, b.state, b.visibility, b.option_set, r.assembly_id
                    FROM ballot b JOIN resolution r ON r.id = b.resolution_id
                    WHERE b.id = ANY(?) FOR SHARE OF b""", array("bigint", ballotIds), rs -> ballots.put(rs.getLong(1),
                    new BallotFacts(BallotState.valueOf(rs.getString(2)), Visibility.valueOf(rs.getString(3)),
                            OptionSet.valueOf(rs.getString(4)), rs.getLong(5))));
            query("SELECT code, id FROM member WHERE code = ANY(?)", array("text", codes.toArray()),
                    rs -> memberIds.put(rs.getString(1), rs.getLong(2)));
            Long[] ids = memberIds.values().toArray(Long[]::new);
            query2("SELECT ballot_id, member_id, weight FROM entitlement WHERE ballot_id = ANY(?) AND member_id = ANY(?)",
                    ballotIds, ids, rs -> weights.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getInt(3)));
            query2("SELECT ballot_id, member_id, changes FROM participation WHERE ballot_id = ANY(?) AND member_id = ANY(?)",
                    ballotIds, ids, rs -> {
                        participated.add(new Key(rs.getLong(1), rs.getLong(2)));
                        changes.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
                    });
            Long[] assemblies = ballots.values().stream().map(BallotFacts::assemblyId).distinct().toArray(Long[]::new);
            // a mandate to a member that was deactivated since is void: the member votes for itself again
            query2("""
                    SELECT md.assembly_id, md.member_id, md.proxy_member_id FROM mandate md
                    JOIN member proxy ON proxy.id = md.proxy_member_id AND proxy.active
                    WHERE md.assembly_id = ANY(?) AND md.member_id = ANY(?)""",
                    assemblies, ids, rs -> proxies.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getLong(3)));
        }

        private CastResult cast(CastCommand cmd) throws DomainException {
            BallotFacts ballot = ballots.get(cmd.ballotId());
            if (ballot == null) {
                throw DomainException.notFound("Ballot", cmd.ballotId());
            }
            if (!ballot.state().acceptsVotes()) {
                throw DomainException.conflict("ballot-not-open", "Ballot " + cmd.ballotId() + " is " + ballot.state() + ": it does not take votes");
            }
            if (!ballot.optionSet().allows(cmd.choice())) {
                throw DomainException.invalid(List.of(FieldError.of("choice", "choice-not-offered", "Choice " + cmd.choice() + " is not offered on this ballot", cmd.choice().name())));
            }
            Long memberId = memberIds.get(cmd.memberCode());
            if (memberId == null) {
                throw DomainException.notFound("Member", cmd.memberCode());
            }
            Long actorId = memberIds.get(cmd.actorCode());
            Long proxy = proxies.get(new Key(ballot.assemblyId(), memberId));
            if (proxy != null && !proxy.equals(actorId)) {
                throw DomainException.forbidden("Member " + cmd.memberCode() + " has given a mandate: only the proxy's delegate votes for it");
            }
            if (proxy == null && !cmd.memberCode().equals(cmd.actorCode())) {
                throw DomainException.forbidden("You may vote for " + cmd.actorCode() + " only, unless a mandate says otherwise");
            }
            Key key = new Key(cmd.ballotId(), memberId);
            Integer weight = weights.get(key);
            if (weight == null) {
                throw DomainException.conflict("not-entitled", "Member " + cmd.memberCode() + " is not entitled to vote on this ballot");
            }
            boolean change = participated.contains(key);
            if (change) {
                changes.put(key, changeCap.allow(cmd.memberCode(), changes.getOrDefault(key, 0)));
            }
            Receipt receipt = Receipt.issue();
            String receiptHash = Receipt.hash(receipt.code());
            Map<String, Object> event = new LinkedHashMap<>();
            if (ballot.visibility() == Visibility.OPEN) {
                openVotes.put(key, new Object[] {cmd.ballotId(), receiptHash, memberId, cmd.choice().name(), weight});
                event.put("member", cmd.memberCode());
                event.put("castBy", cmd.actorCode());
                event.put("weight", weight);
            } else {
                writeSecret(cmd, change, receiptHash, weight);
                if (change) {
                    // links the two receipts (never the member), so a replay of the chain ends at the stored votes
                    event.put("replaces", Receipt.hash(cmd.previousReceipt()));
                }
            }
            event.put("choice", cmd.choice());
            event.put("receiptHash", receiptHash);
            (change ? changedParticipations : newParticipations).add(new Object[] {cmd.ballotId(), memberId, actorId});
            participated.add(key);
            events.add(new AuditEntry(change ? "VOTE_CHANGED" : "VOTE_CAST", cmd.ballotId(), event));
            return new CastResult(cmd.ballotId(), cmd.memberCode(), cmd.actorCode(), cmd.choice(), receipt.code(), change, clock.next());
        }

        /** A secret choice is stored without the member; a change finds it by the previous receipt. */
        private void writeSecret(CastCommand cmd, boolean change, String receiptHash, int weight) {
            try {
                if (change) {
                    if (cmd.previousReceipt() == null || !Receipt.isWellFormed(cmd.previousReceipt())) {
                        throw DomainException.conflict("receipt-required",
                                "This member has voted on a secret ballot; to change the vote, send the receipt of the earlier vote as previousReceipt");
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE vote SET choice = ?, receipt_hash = ? WHERE ballot_id = ? AND receipt_hash = ? AND member_id IS NULL")) {
                        ps.setString(1, cmd.choice().name());
                        ps.setString(2, receiptHash);
                        ps.setLong(3, cmd.ballotId());
                        ps.setString(4, Receipt.hash(cmd.previousReceipt()));
                        if (ps.executeUpdate() != 1) {
                            throw DomainException.conflict("receipt-mismatch", "No vote on this ballot has that receipt");
                        }
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight) VALUES (?, ?, NULL, ?, ?)")) {
                        ps.setLong(1, cmd.ballotId());
                        ps.setString(2, receiptHash);
                        ps.setString(3, cmd.choice().name());
                        ps.setInt(4, weight);
                        ps.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void flush() throws SQLException {
            batch("INSERT INTO participation (ballot_id, member_id, cast_by, cast_at) VALUES (?, ?, ?, now())", newParticipations);
            batch("UPDATE participation SET cast_by = ?, cast_at = now(), changes = changes + 1 WHERE ballot_id = ? AND member_id = ?",
                    reorder(changedParticipations));
            batch("""
                    INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (ballot_id, member_id) WHERE member_id IS NOT NULL
                    DO UPDATE SET receipt_hash = EXCLUDED.receipt_hash, choice = EXCLUDED.choice""", List.copyOf(openVotes.values()));
            audit.appendAll(events);
        }

        /** (ballot, member, castBy) → (castBy, ballot, member) for the UPDATE's parameter order. */
        private List<Object[]> reorder(List<Object[]> rows) {
            return rows.stream().map(r -> new Object[] {r[2], r[0], r[1]}).toList();
        }

        private void batch(String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        private Array array(String type, Object[] values) throws SQLException {
            return c.createArrayOf(type, values);
        }

        private void query(String sql, Array parameter, RowReader reader) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }

        private void query2(String sql, Long[] first, Long[] second, RowReader reader) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, array("bigint", first));
                ps.setArray(2, array("bigint", second));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
