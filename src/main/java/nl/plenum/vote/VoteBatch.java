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
import nl.plenum.security.Login;

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
    SecretVotes secretVotes;

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
        private final Map<Key, Long> frozenProxies = new HashMap<>(); // (ballot, member) → proxy frozen at opening
        private CastAuthority authority;
        private final Set<Key> participated = new HashSet<>();
        private final Map<Key, Integer> changes = new HashMap<>();
        private final List<Object[]> newParticipations = new ArrayList<>();
        private final List<Object[]> changedParticipations = new ArrayList<>();
        private final Map<Key, Object[]> openVotes = new LinkedHashMap<>(); // last vote per member in this batch wins
        private final SecretVotes.Staged secretVotesStaged = secretVotes.staged();
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
                if (cmd.claimedActor() != null) {
                    codes.add(cmd.claimedActor());
                }
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
            query2("SELECT ballot_id, member_id, weight, proxy_member_id FROM entitlement WHERE ballot_id = ANY(?) AND member_id = ANY(?)",
                    ballotIds, ids, rs -> {
                        Key key = new Key(rs.getLong(1), rs.getLong(2));
                        weights.put(key, rs.getInt(3));
                        long proxy = rs.getLong(4);
                        if (!rs.wasNull()) {
                            frozenProxies.put(key, proxy);
                        }
                    });
            query2("SELECT ballot_id, member_id, changes FROM participation WHERE ballot_id = ANY(?) AND member_id = ANY(?)",
                    ballotIds, ids, rs -> {
                        participated.add(new Key(rs.getLong(1), rs.getLong(2)));
                        changes.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
                    });
            authority = CastAuthority.lookUp(c, commands, memberIds);
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
            CastAuthority.Actor actor = authority.actorOf(cmd, ballot.assemblyId());
            Key key = new Key(cmd.ballotId(), memberId);
            CastAuthority.authorise(cmd.memberCode(), memberId, actor, frozenProxies.get(key));
            Integer weight = weights.get(key);
            if (weight == null) {
                throw DomainException.conflict("not-entitled", "Member " + cmd.memberCode() + " is not entitled to vote on this ballot");
            }
            boolean change = participated.contains(key);
            if (change) {
                changes.put(key, changeCap.allow(cmd.memberCode(), changes.getOrDefault(key, 0)));
            }
            Map<String, Object> event = new LinkedHashMap<>();
            String receiptCode;
            if (ballot.visibility() == Visibility.OPEN) {
                Receipt receipt = Receipt.issue();
                receiptCode = receipt.code();
                openVotes.put(key, new Object[] {cmd.ballotId(), receipt.hash(), memberId, cmd.choice().name(), weight});
                event.put("member", cmd.memberCode());
                event.put("castBy", actor.code());
                event.put("login", loginOf(cmd));
                event.put("weight", weight);
                event.put("choice", cmd.choice());
                event.put("receiptHash", receipt.hash());
            } else {
                receiptCode = stageSecret(cmd, memberId);
                // the encrypted vote may name its member and login; the event holds no choice and no weight
                event.put("member", cmd.memberCode());
                event.put("castBy", actor.code());
                event.put("login", loginOf(cmd));
                event.put("receiptHash", Receipt.hash(receiptCode));
            }
            (change ? changedParticipations : newParticipations).add(participation(cmd, memberId, actor));
            participated.add(key);
            events.add(new AuditEntry(change ? "VOTE_CHANGED" : "VOTE_CAST", cmd.ballotId(), event));
            return new CastResult(cmd.ballotId(), cmd.memberCode(), actor.code(), cmd.choice(), receiptCode, change, clock.next());
        }

        /** A secret vote is stored encrypted, as its member's: a change replaces the member's own ciphertexts. */
        private String stageSecret(CastCommand cmd, long memberId) {
            CastCommand encrypted = secretVotes.encrypted(cmd);
            if (encrypted.encrypted() == null) {
                throw new IllegalStateException("secret ballot " + cmd.ballotId() + " is open without a public key");
            }
            return secretVotesStaged.stage(cmd.ballotId(), memberId, encrypted.encrypted());
        }

        private void flush() throws SQLException {
            batch("""
                    INSERT INTO participation (ballot_id, member_id, cast_by, cast_by_issuer, cast_by_subject, cast_by_name, cast_at)
                    VALUES (?, ?, ?, ?, ?, ?, now())""", newParticipations);
            batch("""
                    UPDATE participation SET cast_by = ?, cast_by_issuer = ?, cast_by_subject = ?, cast_by_name = ?, cast_at = now(),
                        changes = changes + 1 WHERE ballot_id = ? AND member_id = ?""", reorder(changedParticipations));
            batch("""
                    INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (ballot_id, member_id) WHERE member_id IS NOT NULL
                    DO UPDATE SET receipt_hash = EXCLUDED.receipt_hash, choice = EXCLUDED.choice""", List.copyOf(openVotes.values()));
            secretVotesStaged.write(c);
            audit.appendAll(events);
        }

        /** (ballot, member, castBy, issuer, subject, name) → (castBy, issuer, subject, name, ballot, member) for the UPDATE. */
        private List<Object[]> reorder(List<Object[]> rows) {
            return rows.stream().map(r -> new Object[] {r[2], r[3], r[4], r[5], r[0], r[1]}).toList();
        }

        /** The participation row names the casting login (issuer + subject) and the name the provider gave it. */
        private Object[] participation(CastCommand cmd, long memberId, CastAuthority.Actor actor) {
            Login login = cmd.login();
            return new Object[] {cmd.ballotId(), memberId, actor.memberId(), login == null ? null : login.issuer(),
                    login == null ? null : login.subject(), login == null || login.name() == null ? null : truncate(login.name())};
        }

        private Map<String, Object> loginOf(CastCommand cmd) {
            Map<String, Object> login = new LinkedHashMap<>();
            if (cmd.login() != null) {
                login.put("issuer", cmd.login().issuer());
                login.put("subject", cmd.login().subject());
                login.put("name", cmd.login().name() == null ? null : truncate(cmd.login().name()));
            }
            return login;
        }

        private static String truncate(String name) {
            return name.length() <= 200 ? name : name.substring(0, 200);
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
