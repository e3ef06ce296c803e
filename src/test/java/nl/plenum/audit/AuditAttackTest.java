package nl.plenum.audit;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Dba;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import nl.plenum.ballot.BallotRules;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.result.Tally;
import nl.plenum.result.TallyService;
import nl.plenum.result.Totals;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 10, by a DBA with a superuser connection and by the application's own role.
 * Each attack is undone afterwards (the tests share one database).
 */
@QuarkusTest
class AuditAttackTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Dba dba;

    @Inject
    AgroalDataSource appConnection;

    @Inject
    TallyService tallies;

    @Inject
    ObjectMapper json;

    String a;
    String b;
    String c;
    long resolution;

    @BeforeEach
    void threeMunicipalities() {
        fixtures.deactivateAllMembers();
        a = Fixtures.uniqueCode("AT");
        b = Fixtures.uniqueCode("AT");
        c = Fixtures.uniqueCode("AT");
        fixtures.member(a, 9000);
        fixtures.member(b, 8578);
        fixtures.member(c, 99);
        resolution = fixtures.resolution(fixtures.assembly());
    }

    @Test
    void aDbaWhoRewritesTwoVotesOfAPublishedBallotAndRehashesTheChainIsCaught() throws Exception {
        long ballot = publishedBallot();
        JsonPath savedHead = given().when().get("/api/v1/audit/head").then().statusCode(200).extract().jsonPath();
        long firstVoteSeq = dba.count("SELECT min(seq) FROM audit_event WHERE ballot_id = ? AND type = 'VOTE_CAST'", ballot);
        TableSnapshot before = keepEverythingFrom(firstVoteSeq, ballot);
        try {
            rewriteAndRehash(ballot, firstVoteSeq, null);
            assertEquals("REJECTED", dba.string("SELECT body ->> 'verdict' FROM tally WHERE ballot_id = ?", ballot), "the attack itself worked");
            JsonPath report = verify();
            assertFalse(report.getBoolean("valid"));
            assertTrue(problems(report).stream().anyMatch(p -> p.contains("covered by no signature")), problems(report).toString());
            assertTrue(problems(report).stream().anyMatch(p -> p.contains("this server signed event") && p.contains("rewritten")), problems(report).toString());

            // a member who kept the head from the results page finds the rewrite as well
            given().auth().oauth2(Tokens.secretariat())
                    .queryParam("seq", savedHead.getLong("seq")).queryParam("hash", savedHead.getString("hash"))
                    .queryParam("keyId", savedHead.getString("keyId")).queryParam("signature", savedHead.getString("signature"))
                    .when().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(false))
                    .body("chain.problems.findAll { it.startsWith('the saved head names') }.size()", equalTo(1));
        } finally {
            before.restore();
        }
        assertTrue(verify().getBoolean("valid"), "restored: " + problems(verify()));
    }

    @Test
    void checkpointsSignedWithAnotherKeyAreRefused() throws Exception {
        long ballot = publishedBallot();
        long firstVoteSeq = dba.count("SELECT min(seq) FROM audit_event WHERE ballot_id = ? AND type = 'VOTE_CAST'", ballot);
        String realKeyId = given().when().get("/api/v1/audit/keys").then().statusCode(200).extract().jsonPath().getString("[0].keyId");
        TableSnapshot before = keepEverythingFrom(firstVoteSeq, ballot);
        try {
            KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            rewriteAndRehash(ballot, firstVoteSeq, new Forger(attacker, realKeyId));
            List<String> problems = problems(verify());
            assertTrue(problems.stream().anyMatch(p -> p.contains("does not match")), problems.toString());
            assertFalse(problems.stream().anyMatch(p -> p.contains("covered by no signature")), "every event carries a (forged) signature: " + problems);
        } finally {
            before.restore();
        }
        assertTrue(verify().getBoolean("valid"));
    }

    @Test
    void aVoteWeightChangedWhileTheBallotIsOpenIsCaught() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        vote(ballot, a, "YES");
        vote(ballot, c, "NO");
        dba.update("UPDATE vote SET weight = 8000 WHERE ballot_id = ? AND choice = 'NO'", ballot);
        try {
            List<String> problems = ballotProblems(verify(), ballot);
            assertTrue(problems.stream().anyMatch(p -> p.contains("has weight 8000, its member is entitled to 99")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("weight 8000 in the database but 99 in the signed trail")), problems.toString());

            // closed with the false weight: the stored tally says what the attacker wanted, verify still says no
            given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(200);
            problems = ballotProblems(verify(), ballot);
            assertTrue(problems.stream().anyMatch(p -> p.contains("its member is entitled to 99")), problems.toString());
        } finally {
            // out of the way of later tests, which expect an intact record
            dba.update("UPDATE ballot SET state = 'CANCELLED' WHERE id = ?", ballot);
        }
    }

    @Test
    void removingTheLastEventIsCaught() {
        long ballot = publishedBallot();
        long last = dba.count("SELECT max(seq) FROM audit_event");
        assertEquals(last, dba.count("SELECT seq FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_PUBLISHED'", ballot));
        TableSnapshot before = new TableSnapshot(dba).keep("audit_event", "seq >= ?", last).keep("audit_checkpoint", "seq >= ?", last);
        try {
            dba.transaction("SET LOCAL session_replication_role = replica",
                    "DELETE FROM audit_checkpoint WHERE seq = " + last, "DELETE FROM audit_event WHERE seq = " + last);
            List<String> problems = problems(verify());
            assertTrue(problems.stream().anyMatch(p -> p.contains("this server signed event " + last) && p.contains("events were removed")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("no BALLOT_PUBLISHED event")), problems.toString());
        } finally {
            before.restore();
        }
        assertTrue(verify().getBoolean("valid"));
    }

    @Test
    void theApplicationsRoleCanOnlyAddAndReadAuditEvents() throws Exception {
        try (Connection app = appConnection.getConnection(); Statement s = app.createStatement()) {
            ResultSet role = s.executeQuery("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user");
            role.next();
            assertFalse(role.getBoolean(1) || role.getBoolean(2) || role.getBoolean(3), "the app role has no superuser, role or database powers");
            ResultSet owned = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user");
            owned.next();
            assertEquals(0, owned.getLong(1), "the app role owns no table");
        }
        for (String attack : List.of(
                "UPDATE audit_event SET payload = '{}' WHERE seq = 1",
                "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)",
                "TRUNCATE audit_event",
                "UPDATE audit_checkpoint SET signature = 'x'",
                "DELETE FROM audit_checkpoint",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL",
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update",
                "DROP TRIGGER audit_event_no_update ON audit_event",
                "SET session_replication_role = replica",
                "CREATE ROLE intruder SUPERUSER",
                "DELETE FROM flyway_schema_history",
                "CREATE TABLE intruder (x int)")) {
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Connection app = appConnection.getConnection(); Statement s = app.createStatement()) {
                    s.execute(attack);
                }
            }, attack);
            assertTrue(refused.getSQLState().equals("42501") || refused.getMessage().contains("must be owner")
                    || refused.getMessage().contains("permission denied"), attack + ": " + refused.getMessage());
        }
        assertTrue(verify().getBoolean("valid"));
    }

    @Test
    void theKeysAndTheHeadArePublicAndTheHeadIsSigned() {
        JsonPath keys = given().when().get("/api/v1/audit/keys").then().statusCode(200).extract().jsonPath();
        assertEquals("Ed25519", keys.getString("[0].algorithm"));
        assertEquals(keys.getString("[0].fingerprint").substring(0, 16), keys.getString("[0].keyId"));
        publishedBallot();
        JsonPath head = given().when().get("/api/v1/audit/head").then().statusCode(200).extract().jsonPath();
        assertEquals(dba.count("SELECT max(seq) FROM audit_event"), head.getLong("seq"));
        assertEquals(keys.getString("[0].keyId"), head.getString("keyId"));
        assertTrue(Forger.verifies(keys.getString("[0].publicKey"), head.getLong("seq"), head.getString("hash"), head.getString("signature")));
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.'/api/v1/audit/keys'.get.summary", equalTo("The public keys that sign the audit chain"))
                .body("paths.'/api/v1/audit/head'.get.summary", equalTo("The signed head of the audit chain"));
    }

    // --- the attack ---

    /** Flips the YES votes of a and b to NO, rewrites tally and digests to match, and recomputes every hash from {@code fromSeq}. */
    private void rewriteAndRehash(long ballot, long fromSeq, Forger forger) throws Exception {
        try (Connection c = dba.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("UPDATE vote SET choice = 'NO' WHERE ballot_id = " + ballot + " AND choice = 'YES'");
            }
            BallotRules rules = new BallotRules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, null);
            Map<Choice, Totals> cast = new EnumMap<>(Choice.class);
            cast.put(Choice.NO, new Totals(3, 9000 + 8578 + 99));
            Tally forged = Tally.compute(rules, 3, 9000 + 8578 + 99, cast);
            String votesDigest;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT encode(sha256(convert_to(string_agg(receipt_hash || ':' || choice || ':' || weight, ',' ORDER BY receipt_hash), 'UTF8')), 'hex')
                    FROM vote WHERE ballot_id = ?""")) {
                ps.setLong(1, ballot);
                ResultSet rs = ps.executeQuery();
                rs.next();
                votesDigest = rs.getString(1);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE tally SET body = cast(? AS jsonb) WHERE ballot_id = ?")) {
                ps.setString(1, json.writeValueAsString(forged));
                ps.setLong(2, ballot);
                ps.executeUpdate();
            }
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, prev_hash, hash, occurred_at, type, ballot_id, payload FROM audit_event WHERE seq >= ? ORDER BY seq")) {
                ps.setLong(1, fromSeq);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    events.add(new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), (Long) rs.getObject(6), rs.getString(7)));
                }
            }
            String prev = events.get(0).prevHash();
            for (AuditEvent e : events) {
                String payload = e.payload();
                if (e.ballotId() != null && e.ballotId() == ballot) {
                    ObjectNode p = (ObjectNode) json.readTree(payload);
                    switch (e.type()) {
                        case "VOTE_CAST" -> p.put("choice", "NO");
                        case "BALLOT_CLOSED" -> p.put("votesDigest", votesDigest).put("tallyDigest", tallies.digest(forged)).put("adopted", false);
                        case "BALLOT_PUBLISHED" -> p.put("tallyDigest", tallies.digest(forged)).put("adopted", false);
                        default -> {
                        }
                    }
                    payload = AuditLog.canonicalJson(json.convertValue(p, Map.class));
                }
                String hash = AuditChain.hash(e.seq(), prev, e.occurredAt(), e.type(), e.ballotId(), payload);
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ?, payload = ? WHERE seq = ?")) {
                    ps.setString(1, prev);
                    ps.setString(2, hash);
                    ps.setString(3, payload);
                    ps.setLong(4, e.seq());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(forger == null
                        ? "DELETE FROM audit_checkpoint WHERE seq = ?"
                        : "UPDATE audit_checkpoint SET hash = ?, key_id = ?, signature = ? WHERE seq = ?")) {
                    if (forger == null) {
                        ps.setLong(1, e.seq());
                    } else {
                        ps.setString(1, hash);
                        ps.setString(2, forger.keyId);
                        ps.setString(3, forger.sign(e.seq(), hash));
                        ps.setLong(4, e.seq());
                    }
                    ps.executeUpdate();
                }
                prev = hash;
            }
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE resolution SET status = 'REJECTED' WHERE id = " + resolution);
            }
            c.commit();
        }
    }

    /** Signs with the attacker's own key, under a key id of its choosing. */
    private record Forger(KeyPair key, String keyId) {
        String sign(long seq, String hash) throws Exception {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(AuditKey.signedText(seq, hash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        }

        static boolean verifies(String publicKey, long seq, String hash, String signature) {
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(java.security.KeyFactory.getInstance("Ed25519")
                        .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
                verifier.update(AuditKey.signedText(seq, hash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return verifier.verify(Base64.getDecoder().decode(signature));
            } catch (Exception e) {
                return false;
            }
        }
    }

    private TableSnapshot keepEverythingFrom(long seq, long ballot) {
        return new TableSnapshot(dba)
                .keep("audit_event", "seq >= ?", seq)
                .keep("audit_checkpoint", "seq >= ?", seq)
                .keep("vote", "ballot_id = ?", ballot)
                .keep("tally", "ballot_id = ?", ballot)
                .keep("resolution", "id = ?", resolution);
    }

    // --- helpers ---

    /** Published: ADOPTED with 99,44 % (a and b YES, c NO). */
    private long publishedBallot() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Q\"}");
        vote(ballot, a, "YES");
        vote(ballot, b, "YES");
        vote(ballot, c, "NO");
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/publication", ballot).then().statusCode(200);
        assertEquals("ADOPTED", dba.string("SELECT body ->> 'verdict' FROM tally WHERE ballot_id = ?", ballot));
        return ballot;
    }

    private void vote(long ballot, String member, String choice) {
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
    }

    private static JsonPath verify() {
        return given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> problems(JsonPath report) {
        List<String> all = new ArrayList<>(report.getList("chain.problems", String.class));
        report.getList("ballots.problems", List.class).forEach(list -> list.forEach(p -> all.add(String.valueOf(p))));
        return all;
    }

    private static List<String> ballotProblems(JsonPath report, long ballot) {
        return report.getList("ballots.find { it.ballotId == " + ballot + " }.problems", String.class);
    }
}
