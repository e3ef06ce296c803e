package nl.plenum.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register decides who votes for whom; each test tries to get around it as a delegate would. */
@QuarkusTest
class DelegateRegisterTest {

    @Inject
    Fixtures fixtures;

    String a;
    String b;
    long aId;
    long bId;
    long resolution;

    @BeforeEach
    void twoMembers() {
        fixtures.deactivateAllMembers();
        a = Fixtures.uniqueCode("GM");
        b = Fixtures.uniqueCode("GM");
        aId = fixtures.member(a, 5);
        bId = fixtures.member(b, 7);
        resolution = fixtures.resolution(fixtures.assembly());
    }

    long openBallot() {
        return Ballots.open(resolution, "{\"question\":\"Q\"}");
    }

    static ValidatableResponse vote(long ballot, String member, String choice, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then();
    }

    static String login(String subject, Map<String, Object> claims, String... roles) {
        var builder = Tokens.builder(subject, List.of(roles));
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign();
    }

    long designate(String member, String name, String email) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email))
                .when().post("/api/v1/members/{code}/delegates", member)
                .then().statusCode(201).body("status", equalTo("DESIGNATED")).body("member", equalTo(member))
                .extract().jsonPath().getLong("id");
    }

    String invite(String member, long id) {
        return given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/members/{code}/delegates/{id}/invitation", member, id)
                .then().statusCode(201).header("Cache-Control", "no-store").extract().jsonPath().getString("code");
    }

    static ValidatableResponse redeem(String code, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/invitations/redemption").then();
    }

    @Test
    void aMemberClaimNamingAnotherMemberGainsNothing() {
        Delegates.bind(a, Tokens.ISSUER, "login-of-a-" + a);
        String forged = login("login-of-a-" + a, Map.of("member", b), "delegate");
        long ballot = openBallot();
        vote(ballot, b, "YES", forged).statusCode(403);
        vote(ballot, a, "YES", forged).statusCode(200).body("castBy", equalTo(a));
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(200).body("member", equalTo(a));
        assertEquals(0, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, bId));
    }

    @Test
    void anEditedEmailNameOrAttributeGainsNothing() {
        long bDelegate = designate(b, "Burgemeester B", "burgemeester@" + b.toLowerCase() + ".nl");
        assertTrue(bDelegate > 0);
        Delegates.bind(a, Tokens.ISSUER, "login-of-a-" + a);
        long ballot = openBallot();
        // a's delegate edits every field the account console offers, to look like b's delegate
        String edited = login("login-of-a-" + a, Map.of("email", "burgemeester@" + b.toLowerCase() + ".nl", "email_verified", true,
                "name", "Burgemeester B", "preferred_username", "burgemeester-b", "member", b, "attributes", Map.of("member", List.of(b))), "delegate");
        vote(ballot, b, "NO", edited).statusCode(403);
        given().auth().oauth2(edited).when().get("/api/v1/me").then().body("member", equalTo(a));
        // a fresh account with b's delegate's e-mail (verified) and the delegate role at the provider: nobody
        String stranger = login("stranger-" + b, Map.of("email", "burgemeester@" + b.toLowerCase() + ".nl", "email_verified", true,
                "member", b), "delegate");
        vote(ballot, b, "NO", stranger).statusCode(403);
        given().auth().oauth2(stranger).when().get("/api/v1/me").then().statusCode(200)
                .body("member", nullValue()).body("roles", not(hasItem("delegate")));
        assertEquals(0, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, bId));
    }

    @Test
    void theProvidersDelegateRoleWithoutABindingMeansNothing() {
        String unbound = Tokens.delegate(a);
        long ballot = openBallot();
        vote(ballot, a, "YES", unbound).statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(unbound).when().get("/api/v1/me").then().statusCode(200)
                .body("member", nullValue()).body("roles", not(hasItem("delegate")));
    }

    @Test
    void anInvitationBindsTheLoginThatRedeemsItAndTheVoteNamesThatLogin() {
        long id = designate(a, "Jan de Vries", "jan@" + a.toLowerCase() + ".nl");
        String code = invite(a, id);
        assertEquals(16, InvitationCode.normalise(code).length());
        // only the hash is stored
        assertEquals(0, fixtures.count("SELECT count(*) FROM delegate_invitation WHERE code_hash = ? OR code_hash = ?", code, InvitationCode.normalise(code)));
        assertEquals(1, fixtures.count("SELECT count(*) FROM delegate_invitation WHERE code_hash = ?", InvitationCode.hash(code)));
        String jan = login("jan-" + a, Map.of("name", "Jan de Vries"));
        given().auth().oauth2(jan).when().get("/api/v1/me").then().body("member", nullValue());
        redeem(code.toLowerCase().replace("-", " "), jan).statusCode(200).body("status", equalTo("BOUND")).body("loginName", equalTo("Jan de Vries"));
        given().auth().oauth2(jan).when().get("/api/v1/me").then().body("member", equalTo(a)).body("roles", hasItem("delegate"));
        long ballot = openBallot();
        vote(ballot, a, "YES", jan).statusCode(200).body("castBy", equalTo(a));
        assertEquals("jan-" + a, fixtures.string("SELECT cast_by_subject FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, aId));
        assertEquals(Tokens.ISSUER, fixtures.string("SELECT cast_by_issuer FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, aId));
        assertEquals("Jan de Vries", fixtures.string("SELECT cast_by_name FROM participation WHERE ballot_id = ? AND member_id = ?", ballot, aId));
        String cast = fixtures.string("SELECT payload FROM audit_event WHERE type = 'VOTE_CAST' AND ballot_id = ? ORDER BY seq DESC LIMIT 1", ballot);
        assertTrue(cast.contains("\"subject\":\"jan-" + a + "\""), cast);
        for (String type : List.of("DELEGATE_DESIGNATED", "INVITATION_ISSUED", "DELEGATE_BOUND")) {
            String payload = fixtures.string("SELECT payload FROM audit_event WHERE type = ? AND payload LIKE ? ORDER BY seq DESC LIMIT 1", type, "%" + a + "%");
            assertNotNull(payload, type + " is audited");
            assertFalse(payload.contains(InvitationCode.normalise(code)), "the audit never holds the code");
        }
    }

    @Test
    void anInvitationIsSingleUse() {
        String code = invite(a, designate(a, "Jan", "jan@example.org"));
        redeem(code, login("first-" + a, Map.of())).statusCode(200);
        redeem(code, login("second-" + a, Map.of())).statusCode(409).body("type", equalTo("https://plenum.example.org/problems/invitation-used"));
        given().auth().oauth2(login("second-" + a, Map.of())).when().get("/api/v1/me").then().body("member", nullValue());
    }

    @Test
    void anExpiredInvitationBindsNobody() {
        long id = designate(a, "Jan", "jan@example.org");
        String code = invite(a, id);
        fixtures.update("UPDATE delegate_invitation SET issued_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE delegate_id = ?", id);
        redeem(code, login("late-" + a, Map.of())).statusCode(409).body("type", equalTo("https://plenum.example.org/problems/invitation-expired"));
        given().auth().oauth2(login("late-" + a, Map.of())).when().get("/api/v1/me").then().body("member", nullValue());
    }

    @Test
    void aWithdrawnOrReissuedInvitationBindsNobodyAndTheNewCodeDoes() {
        long id = designate(a, "Jan", "jan@example.org");
        String first = invite(a, id);
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/members/{code}/delegates/{id}/invitation", a, id).then().statusCode(200);
        redeem(first, login("x-" + a, Map.of())).statusCode(409).body("type", equalTo("https://plenum.example.org/problems/invitation-revoked"));
        String second = invite(a, id);
        String third = invite(a, id); // re-issued: the second stops working
        redeem(second, login("x-" + a, Map.of())).statusCode(409);
        redeem(third, login("x-" + a, Map.of())).statusCode(200).body("status", equalTo("BOUND"));
        redeem("ABCD-EFGH-JKLM-NPQR", login("x-" + a, Map.of())).statusCode(404).body("type", equalTo("https://plenum.example.org/problems/invitation-unknown"));
        redeem("not a code", login("x-" + a, Map.of())).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aLoginActsForOneMemberOnly() {
        redeem(invite(a, designate(a, "Jan", "jan@example.org")), login("both-" + a, Map.of())).statusCode(200);
        redeem(invite(b, designate(b, "Jan", "jan@example.org")), login("both-" + a, Map.of())).statusCode(409)
                .body("type", equalTo("https://plenum.example.org/problems/login-already-bound"));
    }

    @Test
    void aRevokedDelegateIsRefusedOnTheNextVote() {
        long id = designate(a, "Jan", "jan@example.org");
        String jan = login("revoked-" + a, Map.of());
        redeem(invite(a, id), jan).statusCode(200);
        long ballot = openBallot();
        vote(ballot, a, "YES", jan).statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/members/{code}/delegates/{id}/revocation", a, id)
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        vote(ballot, a, "NO", jan).statusCode(403);
        assertEquals("YES", fixtures.string("SELECT choice FROM vote WHERE ballot_id = ? AND member_id = ?", ballot, aId));
        given().auth().oauth2(jan).when().get("/api/v1/me").then().body("member", nullValue()).body("roles", not(hasItem("delegate")));
        // revoking again changes nothing; a revoked entry gets no new invitation
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/members/{code}/delegates/{id}/revocation", a, id).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/members/{code}/delegates/{id}/invitation", a, id)
                .then().statusCode(409).body("type", equalTo("https://plenum.example.org/problems/delegate-revoked"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'DELEGATE_REVOKED' AND payload LIKE ?", "%" + a + "%"));
    }

    @Test
    void aDelegateForOneAssemblyVotesOnlyThere() {
        long other = fixtures.assembly();
        String jan = login("scoped-" + a, Map.of());
        long id = given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("name", "Jan", "email", "jan@example.org", "assemblyId", other))
                .when().post("/api/v1/members/{code}/delegates", a).then().statusCode(201).body("assemblyId", equalTo((int) other))
                .extract().jsonPath().getLong("id");
        redeem(invite(a, id), jan).statusCode(200);
        vote(openBallot(), a, "YES", jan).statusCode(403);
        vote(Ballots.open(fixtures.resolution(other), "{\"question\":\"Q\"}"), a, "YES", jan).statusCode(200);
    }

    @Test
    void badDesignationsAreRefusedWithoutAChange() {
        long before = fixtures.count("SELECT count(*) FROM delegate");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("name", " ", "email", "no-address"))
                .when().post("/api/v1/members/{code}/delegates", a).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "email"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("name", "Jan", "email", "jan@example.org"))
                .when().post("/api/v1/members/{code}/delegates", "GM-NOPE").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("name", "Jan", "email", "jan@example.org", "assemblyId", 999999999))
                .when().post("/api/v1/members/{code}/delegates", a).then().statusCode(400);
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/members/{code}/delegates/{id}/invitation", a, 999999999).then().statusCode(404);
        assertEquals(before, fixtures.count("SELECT count(*) FROM delegate"));
    }

    @Test
    void csvImportDesignatesAllOrNothing() {
        String csv = "member,name,email\n" + a + ",Jan de Vries,jan@example.org\n" + b + ",Piet;x,piet@example.org\n";
        given().auth().oauth2(Tokens.secretariat()).contentType("text/csv").body(csv).when().post("/api/v1/delegates/import")
                .then().statusCode(200).body("designated", equalTo(2)).body("unchanged", equalTo(0));
        given().auth().oauth2(Tokens.secretariat()).contentType("text/csv").body(csv).when().post("/api/v1/delegates/import")
                .then().statusCode(200).body("designated", equalTo(0)).body("unchanged", equalTo(2));
        long before = fixtures.count("SELECT count(*) FROM delegate");
        given().auth().oauth2(Tokens.secretariat()).contentType("text/csv")
                .body("member,name,email\n" + a + ",Klaas,klaas@example.org\nGM-UNKNOWN,Els,els@example.org\n" + b + ",Bad,not-an-address\n")
                .when().post("/api/v1/delegates/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("line 3", "line 4"));
        assertEquals(before, fixtures.count("SELECT count(*) FROM delegate"));
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/members/{code}/delegates", a).then().statusCode(200)
                .body("name", hasItem("Jan de Vries"));
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/delegates").then().statusCode(200)
                .body("findAll { it.member == '" + b + "' }.email", hasItem("piet@example.org"));
    }

    /** Every operation of the register: who may call it. */
    @Test
    void rolesByEndpoint() {
        long id = designate(a, "Jan", "jan@example.org");
        String base = "/api/v1/members/" + a + "/delegates";
        List<String[]> secretariatOnly = List.of(
                new String[] {"GET", base}, new String[] {"POST", base}, new String[] {"POST", base + "/" + id + "/invitation"},
                new String[] {"DELETE", base + "/" + id + "/invitation"}, new String[] {"POST", base + "/" + id + "/revocation"},
                new String[] {"GET", "/api/v1/delegates"}, new String[] {"POST", "/api/v1/delegates/import"});
        String delegate = Delegates.registered(b);
        for (String[] op : secretariatOnly) {
            call(op, null).statusCode(401);
            call(op, delegate).statusCode(403);
            call(op, Tokens.chair()).statusCode(403);
            call(op, Tokens.token("bezoeker")).statusCode(403);
        }
        assertEquals("DESIGNATED", fixtures.string("SELECT CASE WHEN revoked_at IS NULL THEN 'DESIGNATED' END FROM delegate WHERE id = ?", id));
        given().contentType(ContentType.JSON).body(Map.of("code", "ABCD-EFGH-JKLM-NPQR")).when().post("/api/v1/invitations/redemption")
                .then().statusCode(401);
        // any login may redeem: a chair too (unknown code here)
        redeem("ABCD-EFGH-JKLM-NPQR", Tokens.chair()).statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).when().get(base).then().statusCode(200);
    }

    private static ValidatableResponse call(String[] op, String token) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String body = op[1].endsWith("import") ? "member,name,email\n" : "{\"name\":\"X\",\"email\":\"x@example.org\"}";
        return request.contentType(op[1].endsWith("import") ? "text/csv" : "application/json").body(body)
                .when().request(op[0], op[1]).then();
    }
}
