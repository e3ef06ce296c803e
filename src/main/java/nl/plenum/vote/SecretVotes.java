package nl.plenum.vote;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plenum.ballot.OptionSet;
import nl.plenum.common.DomainException;
import nl.plenum.secrecy.BallotPublicKey;
import nl.plenum.secrecy.EncryptedVote;
import nl.plenum.secrecy.ScalarSource;
import nl.plenum.secrecy.StoredVote;
import nl.plenum.secrecy.VoteEncryption;

/**
 * The SECRET branch of the vote path. A choice on a secret ballot is encrypted under the ballot's public
 * key on a small pool of worker threads before it is queued for the writer (never on the event loop, and
 * in parallel across cores); the batch then stores only the ciphertexts, replacing the member's own
 * earlier ones. The plaintext choice exists only in memory, while it is being encrypted.
 */
@ApplicationScoped
public class SecretVotes {

    /** A secret ballot as the vote path needs it; immutable once the ballot has opened. */
    record SecretBallot(BallotPublicKey key, OptionSet optionSet) {
    }

    private static final Optional<SecretBallot> NOT_SECRET = Optional.empty();

    @Inject
    AgroalDataSource dataSource;

    private final ScalarSource random = ScalarSource.secure();
    private final Map<Long, Optional<SecretBallot>> known = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers = workers();

    /** The command, with its choice encrypted when the ballot is secret (and open: only then does it have a key). */
    CompletionStage<CastCommand> prepare(CastCommand command) {
        try {
            return CompletableFuture.supplyAsync(() -> encrypted(command), workers);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedStage(new DomainException(503, "unavailable", "Service unavailable",
                    "Too many votes are waiting to be encrypted. Send it again: a repeated vote never counts twice.", null));
        }
    }

    /** Encrypts in the calling thread; the batch's fallback for a command that reached it unencrypted. */
    CastCommand encrypted(CastCommand command) {
        if (command.encrypted() != null) {
            return command;
        }
        Optional<SecretBallot> ballot = secretBallot(command.ballotId());
        if (ballot.isEmpty() || !ballot.get().optionSet().allows(command.choice())) {
            return command; // not secret, not open yet, or a choice the batch refuses with its own answer
        }
        List<Choice> options = ballot.get().optionSet().choices();
        return command.withEncrypted(VoteEncryption.encrypt(command.ballotId(), ballot.get().key(), options.size(),
                options.indexOf(command.choice()), random));
    }

    Optional<SecretBallot> secretBallot(long ballotId) {
        Optional<SecretBallot> cached = known.get(ballotId);
        if (cached != null) {
            return cached;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT state, visibility, option_set, public_key FROM ballot WHERE id = ?")) {
            ps.setLong(1, ballotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return NOT_SECRET;
                }
                String publicKey = rs.getString(4);
                if (publicKey != null) {
                    Optional<SecretBallot> secret = Optional.of(new SecretBallot(BallotPublicKey.of(publicKey), OptionSet.valueOf(rs.getString(3))));
                    known.put(ballotId, secret);
                    return secret;
                }
                if (!"DRAFT".equals(rs.getString(1)) && "OPEN".equals(rs.getString(2))) {
                    known.put(ballotId, NOT_SECRET); // an opened OPEN-visibility ballot never gets a key
                }
                return NOT_SECRET;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ballot " + ballotId + " could not be read", e);
        }
    }

    /** What one batch stores for secret ballots: the last vote per member wins. */
    final class Staged {
        private final Map<List<Long>, Object[]> rows = new java.util.LinkedHashMap<>();

        /** Stages the vote and answers its receipt: the vote's tracker. */
        String stage(long ballotId, long memberId, EncryptedVote vote) {
            String tracker = vote.tracker(ballotId);
            rows.put(List.of(ballotId, memberId), new Object[] {ballotId, memberId, Receipt.hash(tracker),
                    StoredVote.ciphertexts(vote), StoredVote.proofs(vote)});
            return tracker;
        }

        void write(Connection c) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO secret_vote (ballot_id, member_id, receipt_hash, ciphertexts, proofs) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (ballot_id, member_id) DO UPDATE
                    SET receipt_hash = EXCLUDED.receipt_hash, ciphertexts = EXCLUDED.ciphertexts, proofs = EXCLUDED.proofs""")) {
                for (Object[] row : new ArrayList<>(rows.values())) {
                    ps.setLong(1, (Long) row[0]);
                    ps.setLong(2, (Long) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.setBytes(4, (byte[]) row[3]);
                    ps.setBytes(5, (byte[]) row[4]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    Staged staged() {
        return new Staged();
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdown();
    }

    private static ThreadPoolExecutor workers() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20_000), r -> {
            Thread t = new Thread(r, "vote-encrypt-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return pool;
    }
}
