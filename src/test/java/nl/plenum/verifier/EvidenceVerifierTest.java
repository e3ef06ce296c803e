package nl.plenum.verifier;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A genuine bundle verifies; each tamper is caught with a message that says what. */
@QuarkusTest
class EvidenceVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL server;

    long ballot;
    String a;

    @BeforeEach
    void aPublishedBallot() {
        fixtures.deactivateAllMembers();
        a = Fixtures.uniqueCode("EV");
        String b = Fixtures.uniqueCode("EV");
        String c = Fixtures.uniqueCode("EV");
        fixtures.member(a, 9000);
        fixtures.member(b, 8578);
        fixtures.member(c, 99);
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Stemt u in met de begroting?\"}");
        vote(a, "YES");
        vote(b, "YES");
        vote(c, "NO");
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(200);
    }

    @Test
    void theEvidenceIsPublicOnlyAfterPublication() {
        given().when().get("/api/v1/ballots/{id}/evidence", ballot).then().statusCode(409).contentType("application/problem+json");
        publish();
        given().when().get("/api/v1/ballots/{id}/evidence", ballot).then().statusCode(200);
    }

    @Test
    void aGenuineBundleVerifiesFromAFileAndFromTheServer() throws Exception {
        publish();
        Path file = Files.createTempFile("evidence", ".json");
        Files.writeString(file, bundle().toString());
        Output out = run(file.toString());
        assertEquals(0, out.status, out.text);
        assertTrue(out.text.contains("Result: Aangenomen met 99,44 % voor. Everything checks out."), out.text);

        String fingerprint = given().when().get("/api/v1/audit/keys").then().extract().jsonPath().getString("[0].fingerprint");
        Output fromUrl = run(server + "api/v1/ballots/" + ballot + "/evidence", "--fingerprint", fingerprint);
        assertEquals(0, fromUrl.status, fromUrl.text);
    }

    @Test
    void theSignedHeadIsOnTheResultsPageAndInEveryExport() throws Exception {
        publish();
        JsonNode head = bundle().get("publishedHead");
        String fingerprint = given().when().get("/api/v1/audit/keys").then().extract().jsonPath().getString("[0].fingerprint");
        String page = given().when().get("/results/{id}", ballot).then().statusCode(200).extract().asString();
        assertTrue(page.contains(fingerprint) && page.contains(head.path("hash").asText()) && page.contains(head.path("signature").asText()), page);
        for (String csv : List.of(
                given().accept("text/csv").when().get("/api/v1/ballots/{id}/results", ballot).then().statusCode(200).extract().asString(),
                given().when().get("/results/{id}/results.csv", ballot).then().statusCode(200).extract().asString(),
                given().when().get("/results/{id}/votes.csv", ballot).then().statusCode(200).extract().asString())) {
            assertTrue(csv.contains("head_seq," + head.path("seq").asLong() + "\r\nhead_hash," + head.path("hash").asText()), csv);
            assertTrue(csv.contains("key_fingerprint," + fingerprint), csv);
        }
        // the publication event itself carries the head signed before it
        JsonNode published = null;
        for (JsonNode e : bundle().get("events")) {
            if (e.path("type").asText().equals("BALLOT_PUBLISHED")) {
                published = JSON.readTree(e.path("payload").asText());
            }
        }
        assertTrue(published != null && published.path("anchor").path("signature").isTextual(), String.valueOf(published));
    }

    @Test
    void aFlippedVoteIsCaught() throws Exception {
        publish();
        ObjectNode bundle = bundle();
        ObjectNode vote = memberVote(bundle, a);
        vote.put("choice", "NO");
        assertProblem(bundle, "the votes differ from those signed when the ballot closed");
        assertProblem(bundle, "the signed event that cast it says " + a + " YES");
    }

    @Test
    void aChangedWeightIsCaught() throws Exception {
        publish();
        ObjectNode bundle = bundle();
        memberVote(bundle, a).put("weight", 400);
        assertProblem(bundle, "has weight 400, the member is entitled to 9000");
    }

    @Test
    void rulesChangedAfterOpeningAreCaught() throws Exception {
        publish();
        ObjectNode bundle = bundle();
        ((ObjectNode) bundle.get("ballot")).put("majorityRule", "THREE_QUARTERS").put("quorum", "0.5");
        assertProblem(bundle, "the bundle's majorityRule, quorum differ from those signed when the ballot opened");
    }

    @Test
    void aDroppedEventIsCaught() throws Exception {
        publish();
        ObjectNode bundle = bundle();
        ArrayNode events = (ArrayNode) bundle.get("events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("type").asText().equals("BALLOT_CLOSED")) {
                events.remove(i);
                break;
            }
        }
        assertProblem(bundle, "the bundle has no BALLOT_CLOSED event: events were dropped");
    }

    @Test
    void aRewrittenAndRehashedChainIsCaught() throws Exception {
        publish();
        ObjectNode bundle = bundle();
        memberVote(bundle, a).put("choice", "NO");
        rewriteVoteEventAndRehash(bundle, null);
        assertProblem(bundle, "does not match: the event or its signature was changed");
    }

    @Test
    void aBundleSignedWithAnotherKeyIsCaught() throws Exception {
        publish();
        String fingerprint = given().when().get("/api/v1/audit/keys").then().extract().jsonPath().getString("[0].fingerprint");
        ObjectNode bundle = bundle();
        memberVote(bundle, a).put("choice", "NO");
        rewriteVoteEventAndRehash(bundle, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        EvidenceVerifier.Report report = EvidenceVerifier.verify(bundle, Optional.of(fingerprint));
        assertFalse(report.valid());
        assertTrue(problems(report).contains("it was signed by another key"), problems(report));
    }

    // --- helpers ---

    /** Changes a's VOTE_CAST to NO and rehashes every event after it; re-signs with {@code attacker} when given. */
    private static void rewriteVoteEventAndRehash(ObjectNode bundle, KeyPair attacker) throws Exception {
        ArrayNode events = (ArrayNode) bundle.get("events");
        String prev = null;
        boolean changed = false;
        for (JsonNode node : events) {
            ObjectNode e = (ObjectNode) node;
            if (!changed && e.path("type").asText().equals("VOTE_CAST") && e.path("payload").asText().contains("\"choice\":\"YES\"")) {
                e.put("payload", e.path("payload").asText().replace("\"choice\":\"YES\"", "\"choice\":\"NO\""));
                changed = true;
            }
            if (changed) {
                if (prev != null) {
                    e.put("prevHash", prev);
                }
                String hash = sha256(e.path("seq").asLong() + "|" + e.path("prevHash").asText() + "|" + e.path("occurredAt").asText() + "|"
                        + e.path("type").asText() + "|" + e.path("ballotId").asText() + "|" + e.path("payload").asText());
                e.put("hash", hash);
                prev = hash;
                if (attacker != null && e.has("signature")) {
                    ((ObjectNode) e.get("signature")).put("keyId", keyId(attacker)).put("signature", sign(attacker, e.path("seq").asLong(), hash));
                }
            }
        }
        if (attacker != null) {
            ArrayNode keys = JSON.createArrayNode();
            String der = Base64.getEncoder().encodeToString(attacker.getPublic().getEncoded());
            keys.addObject().put("keyId", keyId(attacker)).put("fingerprint", sha256(attacker.getPublic().getEncoded()))
                    .put("algorithm", "Ed25519").put("publicKey", der).put("current", true);
            bundle.set("keys", keys);
        }
    }

    private static String keyId(KeyPair key) throws Exception {
        return sha256(key.getPublic().getEncoded()).substring(0, 16);
    }

    private static String sign(KeyPair key, long seq, String hash) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key.getPrivate());
        s.update(("plenum-audit-head:v1|" + seq + "|" + hash).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(s.sign());
    }

    private static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void assertProblem(ObjectNode bundle, String expected) {
        EvidenceVerifier.Report report = EvidenceVerifier.verify(bundle, Optional.empty());
        assertFalse(report.valid());
        assertTrue(problems(report).contains(expected), problems(report));
    }

    private static String problems(EvidenceVerifier.Report report) {
        return report.findings().stream().filter(f -> !f.holds()).map(EvidenceVerifier.Finding::what).collect(Collectors.joining("\n"));
    }

    private static ObjectNode memberVote(ObjectNode bundle, String member) {
        for (JsonNode v : bundle.get("votes")) {
            if (v.path("member").asText().equals(member)) {
                return (ObjectNode) v;
            }
        }
        throw new AssertionError("no vote of " + member);
    }

    private ObjectNode bundle() throws Exception {
        String body = given().when().get("/api/v1/ballots/{id}/evidence", ballot).then().statusCode(200).extract().asString();
        return (ObjectNode) JSON.readTree(body);
    }

    private void publish() {
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/publication", ballot).then().statusCode(200);
    }

    private void vote(String member, String choice) {
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
    }

    private record Output(int status, String text) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

}
