package nl.plenum.vote;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plenum.Ballots;
import nl.plenum.DatabaseAdministrator;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import nl.plenum.secrecy.BallotPublicKey;
import nl.plenum.secrecy.BitProof;
import nl.plenum.secrecy.Ciphertext;
import nl.plenum.secrecy.Decryption;
import nl.plenum.secrecy.DecryptionProof;
import nl.plenum.secrecy.EncryptedVote;
import nl.plenum.secrecy.Group;
import nl.plenum.secrecy.ScalarSource;
import nl.plenum.secrecy.StoredVote;
import nl.plenum.secrecy.SumProof;
import nl.plenum.secrecy.Tracker;
import nl.plenum.secrecy.VoteEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secret ballots over HTTP and real PostgreSQL: encrypted storage, tally at close, trackers, the board. */
@QuarkusTest
class SecretBallotTest {

    static final String TRACKER = "([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{4}";

    @Inject
    Fixtures fixtures;

    String amsterdam;
    String rotterdam;
    String utrecht;
    String vlieland;
    long resolution;

    @BeforeEach
    void fourMunicipalities() {
        fixtures.deactivateAllMembers();
        amsterdam = Fixtures.uniqueCode("GM");
        rotterdam = Fixtures.uniqueCode("GM");
        utrecht = Fixtures.uniqueCode("GM");
        vlieland = Fixtures.uniqueCode("GM");
        fixtures.member(amsterdam, 14);
        fixtures.member(rotterdam, 13);
        fixtures.member(utrecht, 5);
        fixtures.member(vlieland, 1);
        resolution = fixtures.resolution(fixtures.assembly());
    }

    @Test
    void votesAreStoredEncryptedAndOnlyTheTotalsAreDecryptedAtClose() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Geheim\",\"visibility\":\"SECRET\"}");
        String publicKey = given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}", ballot).then().statusCode(200)
                .body("publicKey", matchesPattern("0[23][0-9a-f]{64}")).extract().path("publicKey");
        assertTrue(fixtures.string("SELECT payload FROM audit_event WHERE ballot_id = ? AND type = 'BALLOT_OPENED'", ballot)
                .contains("\"publicKey\":\"" + publicKey + "\""));

        String a = vote(ballot, amsterdam, "YES").statusCode(200).body("receipt", matchesPattern(TRACKER)).extract().path("receipt");
        String r = vote(ballot, rotterdam, "NO").statusCode(200).extract().path("receipt");
        String firstOfUtrecht = vote(ballot, utrecht, "YES").statusCode(200).extract().path("receipt");
        String v = vote(ballot, vlieland, "ABSTAIN").statusCode(200).extract().path("receipt");
        String u = vote(ballot, utrecht, "NO").statusCode(200).body("changed", equalTo(true)).extract().path("receipt");
        assertNotEquals(firstOfUtrecht, u);

        // nothing in the clear: no plaintext vote row, no running total, no choice in the audit trail
        assertEquals(0, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
        assertEquals(0, fixtures.count("SELECT count(*) FROM ballot_total WHERE ballot_id = ?", ballot));
        assertEquals(4, fixtures.count("SELECT count(*) FROM secret_vote WHERE ballot_id = ?", ballot));
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE ballot_id = ? AND type LIKE 'VOTE_%' "
                + "AND (payload LIKE '%choice%' OR payload ~ '\\m(YES|NO|ABSTAIN)\\M' OR payload LIKE '%weight%')", ballot));

        Ballots.close(ballot);
        JsonPath result = given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(14, 18, 1), result.getList("tally.options.weight", Integer.class));
        assertEquals(List.of(1, 2, 1), result.getList("tally.options.count", Integer.class));
        assertEquals(4, result.getInt("tally.votedMembers"));
        assertEquals(33, result.getInt("tally.votedWeight"));

        Ballots.publish(ballot);
        JsonPath board = given().when().get("/api/v1/ballots/{id}/board", ballot).then().statusCode(200).extract().jsonPath();
        Set<String> trackers = verifyBoard(ballot, board);
        assertEquals(Set.of(a, r, u, v), trackers);

        // a tracker says "counted", never the choice or the member; a replaced one is gone
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, u).then().statusCode(200)
                .body("counted", equalTo(true)).body("choice", nullValue()).body("member", nullValue());
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, firstOfUtrecht).then().statusCode(404);
        given().when().get("/api/v1/ballots/{id}/receipts", ballot).then().statusCode(200)
                .body("size()", equalTo(4)).body("findAll { it.choice != null }.size()", equalTo(0));
        given().when().get("/api/v1/ballots/{id}/votes", ballot).then().statusCode(409);
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200)
                .body("ballots.find { it.ballotId == " + ballot + " }.valid", equalTo(true));
    }

    @Test
    void anotherMembersReceiptCannotRewriteTheirSecretVote() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Kaping\",\"visibility\":\"SECRET\"}");
        vote(ballot, amsterdam, "NO").statusCode(200);
        String rotterdams = vote(ballot, rotterdam, "NO").statusCode(200).extract().path("receipt");
        // the attack of issue 13: Amsterdam's delegate presents Rotterdam's receipt
        given().auth().oauth2(Delegates.registered(amsterdam)).contentType(ContentType.JSON)
                .body("{\"choice\":\"YES\",\"previousReceipt\":\"" + rotterdams + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, amsterdam).then().statusCode(200).body("changed", equalTo(true));
        Ballots.close(ballot);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.options[0].weight", equalTo(14)) // Amsterdam changed its own vote
                .body("tally.options[1].weight", equalTo(13)); // Rotterdam's NO stands
        Ballots.publish(ballot);
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, rotterdams).then().statusCode(200).body("counted", equalTo(true));
    }

    @Test
    void aSecretVoteAlteredInTheDatabaseStopsTheClose() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Gerommel\",\"visibility\":\"SECRET\"}");
        vote(ballot, amsterdam, "YES").statusCode(200);
        vote(ballot, rotterdam, "NO").statusCode(200);
        long ams = memberId(amsterdam);
        long rot = memberId(rotterdam);
        // a DBA swaps the two members' ciphertexts (each still a valid vote, so weights would move)
        fixtures.update("""
                UPDATE secret_vote v SET ciphertexts = o.ciphertexts FROM secret_vote o
                WHERE v.ballot_id = ? AND o.ballot_id = v.ballot_id AND v.member_id IN (?, ?) AND o.member_id IN (?, ?) AND o.member_id <> v.member_id""",
                ballot, ams, rot, ams, rot);
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://plenum.example.org/problems/secret-votes-altered"));
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}", ballot).then().body("state", equalTo("OPEN"));
        fixtures.update("""
                UPDATE secret_vote v SET ciphertexts = o.ciphertexts FROM secret_vote o
                WHERE v.ballot_id = ? AND o.ballot_id = v.ballot_id AND v.member_id IN (?, ?) AND o.member_id IN (?, ?) AND o.member_id <> v.member_id""",
                ballot, ams, rot, ams, rot);
        Ballots.close(ballot);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then()
                .body("tally.options[0].weight", equalTo(14)).body("tally.options[1].weight", equalTo(13));
    }

    @Test
    void aVoteForgedInTheDatabaseIsFoundByTheAuditVerification() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Vervalsing\",\"visibility\":\"SECRET\"}");
        vote(ballot, amsterdam, "YES").statusCode(200);
        vote(ballot, rotterdam, "NO").statusCode(200);
        // a DBA who knows the format replaces Amsterdam's vote by a fresh, valid encryption of NO, tracker and all
        BallotPublicKey key = BallotPublicKey.of(fixtures.string("SELECT public_key FROM ballot WHERE id = ?", ballot));
        EncryptedVote forged = VoteEncryption.encrypt(ballot, key, 3, 1, ScalarSource.secure());
        List<List<String>> original = DatabaseAdministrator.query(
                "SELECT encode(ciphertexts, 'hex'), encode(proofs, 'hex'), receipt_hash FROM secret_vote WHERE ballot_id = ? AND member_id = ?",
                ballot, memberId(amsterdam));
        write(ballot, StoredVote.ciphertexts(forged), StoredVote.proofs(forged), Receipt.hash(forged.tracker(ballot)));
        try {
            Ballots.close(ballot); // the forgery is a well-formed vote: the count itself cannot tell
            given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ballots.find { it.ballotId == " + ballot + " }.valid", equalTo(false));
        } finally {
            // put the real vote back, so the shared database verifies again for the other tests
            java.util.HexFormat hex = java.util.HexFormat.of();
            write(ballot, hex.parseHex(original.get(0).get(0)), hex.parseHex(original.get(0).get(1)), original.get(0).get(2));
            fixtures.update("DELETE FROM secret_tally WHERE ballot_id = ?", ballot);
            fixtures.update("DELETE FROM tally WHERE ballot_id = ?", ballot);
            fixtures.update("UPDATE ballot SET state = 'CANCELLED' WHERE id = ?", ballot);
        }
    }

    private void write(long ballot, byte[] ciphertexts, byte[] proofs, String receiptHash) {
        try (var c = DatabaseAdministrator.connect();
                var ps = c.prepareStatement("UPDATE secret_vote SET ciphertexts = ?, proofs = ?, receipt_hash = ? WHERE ballot_id = ? AND member_id = ?")) {
            ps.setBytes(1, ciphertexts);
            ps.setBytes(2, proofs);
            ps.setString(3, receiptHash);
            ps.setLong(4, ballot);
            ps.setLong(5, memberId(amsterdam));
            assertEquals(1, ps.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBallotWithoutVotesClosesWithZeroTotals() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Leeg\",\"visibility\":\"SECRET\",\"optionSet\":\"YN\"}");
        Ballots.close(ballot);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200)
                .body("tally.votedMembers", equalTo(0)).body("tally.options.size()", equalTo(2));
        Ballots.publish(ballot);
        verifyBoard(ballot, given().when().get("/api/v1/ballots/{id}/board", ballot).then().statusCode(200).extract().jsonPath());
    }

    @Test
    void theBoardIsPublicOnlyAfterPublicationAndOnlyForSecretBallots() {
        long secret = Ballots.open(resolution, "{\"question\":\"Bord\",\"visibility\":\"SECRET\"}");
        vote(secret, amsterdam, "YES").statusCode(200);
        for (String token : new String[] {Tokens.chair(), Tokens.secretariat(), Delegates.registered(amsterdam)}) {
            given().auth().oauth2(token).when().get("/api/v1/ballots/{id}/board", secret).then().statusCode(409);
        }
        Ballots.close(secret);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/board", secret).then().statusCode(409);
        long open = Ballots.open(resolution, "{\"question\":\"Open\"}");
        Ballots.close(open);
        Ballots.publish(open);
        given().when().get("/api/v1/ballots/{id}/board", open).then().statusCode(409)
                .body("type", equalTo("https://plenum.example.org/problems/not-secret"));
    }

    /** Checks the board as an outside verifier would: every proof, every tracker, the aggregates and their decryption. */
    static Set<String> verifyBoard(long ballot, JsonPath board) {
        assertEquals(ballot, board.getLong("ballotId"));
        BallotPublicKey key = BallotPublicKey.of(board.getString("publicKey"));
        List<String> options = board.getList("options", String.class);
        int k = options.size();
        List<Map<String, Object>> votes = board.getList("votes");
        Ciphertext[] weighted = new Ciphertext[k];
        Ciphertext[] counted = new Ciphertext[k];
        java.util.Arrays.fill(weighted, Ciphertext.ZERO);
        java.util.Arrays.fill(counted, Ciphertext.ZERO);
        Set<String> trackers = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            String at = "votes[" + i + "].";
            List<Ciphertext> cts = new ArrayList<>();
            List<BitProof> proofs = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                cts.add(new Ciphertext(Group.point(board.getString(at + "ciphertexts[" + j + "].a")), Group.point(board.getString(at + "ciphertexts[" + j + "].b"))));
                String p = at + "bitProofs[" + j + "].";
                proofs.add(new BitProof(scalar(board, p + "c0"), scalar(board, p + "c1"), scalar(board, p + "z0"), scalar(board, p + "z1")));
            }
            EncryptedVote vote = new EncryptedVote(cts, proofs, new SumProof(scalar(board, at + "sumProof.c"), scalar(board, at + "sumProof.z")));
            assertTrue(VoteEncryption.verify(ballot, key, k, vote), "vote " + i + " proves one valid choice");
            assertEquals(Tracker.of(ballot, cts), board.getString(at + "tracker"));
            trackers.add(board.getString(at + "tracker"));
            BigInteger weight = BigInteger.valueOf(board.getInt(at + "weight"));
            for (int j = 0; j < k; j++) {
                Ciphertext ct = cts.get(j);
                weighted[j] = weighted[j].add(new Ciphertext(ct.a().multiply(weight), ct.b().multiply(weight)));
                counted[j] = counted[j].add(ct);
            }
        }
        for (int j = 0; j < k; j++) {
            assertEquals(options.get(j), board.getString("totals[" + j + "].option"));
            checkTotal(ballot, key, j, weighted[j].normalize(), board, "totals[" + j + "].weight.");
            checkTotal(ballot, key, j, counted[j].normalize(), board, "totals[" + j + "].count.");
        }
        return trackers;
    }

    private static void checkTotal(long ballot, BallotPublicKey key, int option, Ciphertext recomputed, JsonPath board, String at) {
        Ciphertext stored = new Ciphertext(Group.point(board.getString(at + "a")), Group.point(board.getString(at + "b")));
        assertEquals(recomputed.a(), stored.a());
        assertEquals(recomputed.b(), stored.b());
        DecryptionProof proof = new DecryptionProof(Group.point(board.getString(at + "d")), scalar(board, at + "c"), scalar(board, at + "z"));
        long total = board.getLong(at + "total");
        assertTrue(Decryption.verify(ballot, key, option, stored, total, proof), at);
        assertFalse(Decryption.verify(ballot, key, option, stored, total + 1, proof), at);
    }

    private static BigInteger scalar(JsonPath board, String path) {
        return Group.scalar(board.getString(path));
    }

    private long memberId(String code) {
        return fixtures.count("SELECT id FROM member WHERE code = ?", code);
    }

    private ValidatableResponse vote(long ballot, String member, String choice) {
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then();
    }
}
