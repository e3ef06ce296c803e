package nl.plenum.verifier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.4–5 for SECRET ballots: the bundle carries trackers, ciphertexts, proofs and the decryption of
 * the totals, and the independent verifier recomputes all of it. Each tamper a database administrator or
 * a forger of the bundle could try is caught with a message that says what.
 */
@QuarkusTest
class SecretEvidenceVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    long ballot;

    @BeforeEach
    void aPublishedSecretBallot() {
        fixtures.deactivateAllMembers();
        String a = Fixtures.uniqueCode("SE");
        String b = Fixtures.uniqueCode("SE");
        String c = Fixtures.uniqueCode("SE");
        String d = Fixtures.uniqueCode("SE");
        fixtures.member(a, 9000);
        fixtures.member(b, 8578);
        fixtures.member(c, 99);
        fixtures.member(d, 14);
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Geheim\",\"visibility\":\"SECRET\"}");
        vote(a, "NO");
        vote(a, "YES"); // a change replaces a's own ciphertexts
        vote(b, "YES");
        vote(c, "NO");
        vote(d, "ABSTAIN");
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/publication", ballot).then().statusCode(200);
    }

    @Test
    void aGenuineSecretBundleVerifiesAndNamesNoChoice() throws Exception {
        ObjectNode bundle = bundle();
        assertEquals("plenum-evidence/2", bundle.path("schema").asText());
        assertEquals(4, bundle.path("votes").size(), "one vote per member, the change replaced a's first");
        for (JsonNode v : bundle.path("votes")) {
            assertFalse(v.has("choice") || v.has("member"), v.toString());
            assertEquals(3, v.path("ciphertexts").size());
        }
        Path file = Files.createTempFile("secret-evidence", ".json");
        Files.writeString(file, bundle.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {file.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        // YES 17,578 against NO 99: 99,44 %
        assertTrue(out.contains("Result: Aangenomen met 99,44 % voor. Everything checks out."), out);
        assertTrue(out.contains("decryption proofs hold"), out);
    }

    @Test
    void swappedCiphertextsWithARecomputedTrackerAreCaughtByTheProofs() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode vote = (ObjectNode) bundle.path("votes").get(0);
        ArrayNode cts = (ArrayNode) vote.get("ciphertexts");
        JsonNode first = cts.get(0);
        cts.set(0, cts.get(1));
        cts.set(1, first);
        assertProblem(bundle, "do not give its tracker");
    }

    @Test
    void aCiphertextFromAnotherVoteIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode one = (ObjectNode) bundle.path("votes").get(0);
        ObjectNode other = (ObjectNode) bundle.path("votes").get(1);
        // a whole other vote copied over this one (tracker, receipt and proofs included) counts twice, and one vote is missing
        bundle.withArray("votes").set(0, other.deepCopy());
        assertProblem(bundle, "the votes differ from those signed when the ballot closed");
        assertProblem(bundle, "replaying the vote events gives");
        assertTrue(one.path("tracker").asText().length() == 34);
    }

    @Test
    void aChangedWeightIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode vote = (ObjectNode) bundle.path("votes").get(0);
        long weight = vote.path("weight").asLong();
        vote.put("weight", weight + 400);
        assertProblem(bundle, "counts with weight " + (weight + 400) + ", the member is entitled to " + weight);
        assertProblem(bundle, "is not the sum of the listed votes");
    }

    @Test
    void aDroppedVoteIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        bundle.withArray("votes").remove(0);
        assertProblem(bundle, "is not the sum of the listed votes");
        assertProblem(bundle, "the votes differ from those signed when the ballot closed");
    }

    @Test
    void aWrongDecryptionIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode yes = (ObjectNode) bundle.path("secret").path("totals").get(0).get("weight");
        yes.put("total", yes.path("total").asLong() - 17000);
        assertProblem(bundle, "the decryption of option 0 (weight) is wrong");
    }

    @Test
    void aForgedDecryptionProofIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode no = (ObjectNode) bundle.path("secret").path("totals").get(1).get("count");
        no.put("z", "1".repeat(64));
        assertProblem(bundle, "the decryption of option 1 (count) is wrong");
    }

    @Test
    void aTamperedBitProofIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ObjectNode proof = (ObjectNode) bundle.path("votes").get(2).path("bitProofs").get(1);
        String c0 = proof.path("c0").asText();
        proof.put("c0", c0.substring(0, 63) + (c0.charAt(63) == '0' ? '1' : '0'));
        assertProblem(bundle, "does not hold: it may not encode exactly one choice");
    }

    @Test
    void anotherBallotKeyIsCaught() throws Exception {
        ObjectNode bundle = bundle();
        ((ObjectNode) bundle.get("secret")).put("publicKey", "03" + "1".repeat(64));
        assertProblem(bundle, "the bundle's ballot key differs from the one signed when the ballot opened");
    }

    private ObjectNode bundle() throws Exception {
        return (ObjectNode) JSON.readTree(given().when().get("/api/v1/ballots/{id}/evidence", ballot).then().statusCode(200).extract().asString());
    }

    private void vote(String member, String choice) {
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
    }

    private static void assertProblem(ObjectNode bundle, String expected) {
        EvidenceVerifier.Report report = EvidenceVerifier.verify(bundle, Optional.empty());
        String problems = report.findings().stream().filter(f -> !f.holds()).map(EvidenceVerifier.Finding::what).collect(Collectors.joining("\n"));
        assertFalse(report.valid(), "the tampered bundle verified");
        assertTrue(problems.contains(expected), problems);
    }
}
