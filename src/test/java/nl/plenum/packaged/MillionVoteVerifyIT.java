package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import nl.plenum.audit.AuditChain;
import nl.plenum.audit.AuditKey;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code /audit/verify} streams: a ballot with a million votes (and a million signed-chain events) is
 * verified by the packaged app with a 256 MB heap. The votes and their events are written as the vote
 * writer would (same receipt rule, payload and hash), by COPY: casting a million votes through the API
 * is the benchmark's job, not this test's.
 */
class MillionVoteVerifyIT {

    private static final int VOTES = Integer.getInteger("verify.votes", 1_000_000);

    @Test
    void verifyStreamsAMillionVoteBallotWithin256MegabytesOfHeap() throws Exception {
        try (PackagedEnvironment env = PackagedEnvironment.start("verify-million", "-Xmx256m")) {
            env.db.copyMembers("VM", VOTES, i -> 1 + i % 14); // a million rows: more than one CSV import takes
            env.meeting.assembly("Verificatie ALV");
            // freezing a million entitlements and closing take longer than the usual 20 s request timeout
            Api patient = new Api(env.plenum.uri(), Duration.ofMinutes(15));
            long ballot = env.meeting.ballot("Een miljoen stemmen?");
            patient.post("/api/v1/ballots/" + ballot + "/opening", env.meeting.issuer().chair(), null).expect(200);
            long head = writeVotesAndSignedEvents(env.db, ballot);
            patient.post("/api/v1/ballots/" + ballot + "/closing", env.meeting.issuer().chair(), null).expect(200);

            long started = System.nanoTime();
            JsonNode report = patient.get("/api/v1/audit/verify", env.meeting.issuer().chair()).expect(200).json();
            double seconds = (System.nanoTime() - started) / 1e9;
            long peakRssKb = peakRss(env.plenum.pid());
            System.out.printf("verify of %,d votes (%,d events): %.1f s, app -Xmx256m, peak RSS %,d MB%n",
                    VOTES, report.path("chain").path("events").asLong(), seconds, peakRssKb / 1024);
            assertTrue(report.path("valid").asBoolean(), report.toString().substring(0, Math.min(2000, report.toString().length())));
            assertTrue(report.path("chain").path("events").asLong() > head);
            JsonNode check = null;
            for (JsonNode b : report.path("ballots")) {
                if (b.path("ballotId").asLong() == ballot) {
                    check = b;
                }
            }
            assertTrue(check != null && check.path("valid").asBoolean(), String.valueOf(check));
            assertEquals(VOTES, patient.get("/api/v1/ballots/" + ballot + "/results", env.meeting.issuer().chair()).expect(200)
                    .json().path("tally").path("votedMembers").asLong(), "the million votes were counted");
        }
    }

    /** One vote per entitled member, its VOTE_CAST event continuing the chain, and a checkpoint signed with the app's key. */
    private static long writeVotesAndSignedEvents(Database db, long ballot) throws Exception {
        PrivateKey key = AuditKey.parsePrivateKey(Files.readString(PackagedPlenum.auditKey()));
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight)
                    SELECT ballot_id, encode(sha256(convert_to('receipt-' || member_id, 'UTF8')), 'hex'), member_id,
                           CASE WHEN member_id % 10 < 7 THEN 'YES' WHEN member_id % 10 < 9 THEN 'NO' ELSE 'ABSTAIN' END, weight
                    FROM entitlement WHERE ballot_id = ?""")) {
                ps.setLong(1, ballot);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO participation (ballot_id, member_id, cast_by) SELECT ballot_id, member_id, member_id FROM entitlement WHERE ballot_id = ?")) {
                ps.setLong(1, ballot);
                ps.executeUpdate();
            }
            c.commit();
        }
        // the votes are read on one connection while another copies their events
        long seq;
        String prev;
        try (Connection reader = db.connect(); Connection c = db.connect()) {
            reader.setAutoCommit(false);
            c.setAutoCommit(false);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY audit_event (seq, prev_hash, hash, occurred_at, type, ballot_id, payload) FROM STDIN");
            StringBuilder rows = new StringBuilder();
            try (PreparedStatement ps = reader.prepareStatement("""
                    SELECT m.code, v.receipt_hash, v.choice, v.weight FROM vote v JOIN member m ON m.id = v.member_id
                    WHERE v.ballot_id = ? ORDER BY v.member_id""")) {
                ps.setFetchSize(10_000);
                ps.setLong(1, ballot);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seq++;
                        String code = rs.getString(1);
                        String payload = "{\"castBy\":\"" + code + "\",\"choice\":\"" + rs.getString(3) + "\",\"member\":\"" + code
                                + "\",\"receiptHash\":\"" + rs.getString(2) + "\",\"weight\":" + rs.getInt(4) + "}";
                        String hash = AuditChain.hash(seq, prev, now, "VOTE_CAST", ballot, payload);
                        rows.append(seq).append('\t').append(prev).append('\t').append(hash).append('\t').append(now).append('\t')
                                .append("VOTE_CAST\t").append(ballot).append('\t').append(payload).append('\n');
                        prev = hash;
                        if (rows.length() > 1 << 20) {
                            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(bytes, 0, bytes.length);
                            rows.setLength(0);
                        }
                    }
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(AuditKey.signedText(seq, prev).getBytes(StandardCharsets.UTF_8));
            String keyId = AuditChain.sha256(AuditKey.publicKeyOf(key)).substring(0, 16);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_checkpoint (seq, hash, key_id, signature, signed_at) VALUES (?, ?, ?, ?, now())")) {
                ps.setLong(1, seq);
                ps.setString(2, prev);
                ps.setString(3, keyId);
                ps.setString(4, Base64.getEncoder().encodeToString(signer.sign()));
                ps.executeUpdate();
            }
            c.commit();
            reader.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("VACUUM ANALYZE vote");
                s.execute("VACUUM ANALYZE audit_event");
            }
            return seq;
        }
    }

    private static long peakRss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
