package nl.plenum.assembly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MandateResourceTest {

    private static final String PATH = "/api/v1/assemblies/{assembly}/mandates";

    @Inject
    Fixtures fixtures;

    long assembly;
    String a;
    String b;
    String c;

    @BeforeEach
    void setUp() {
        assembly = fixtures.assembly();
        String s = Fixtures.uniqueCode("");
        a = "A" + s;
        b = "B" + s;
        c = "C" + s;
        for (String code : List.of(a, b, c)) {
            fixtures.member(code, 1);
        }
    }

    private ValidatableResponse give(String member, String proxy) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("proxy", proxy))
                .when().put(PATH + "/{member}", assembly, member).then();
    }

    private ValidatableResponse list() {
        return given().auth().oauth2(Tokens.secretariat()).when().get(PATH, assembly).then().statusCode(200);
    }

    private long mandates() {
        return fixtures.count("SELECT count(*) FROM mandate WHERE assembly_id = ?", assembly);
    }

    private long audited(String type, String member) {
        return fixtures.count("SELECT count(*) FROM audit_event WHERE type = ? AND payload LIKE ?", type,
                "%\"assemblyId\":" + assembly + ",\"member\":\"" + member + "\"%");
    }

    @Test
    void aMandateIsGivenReplacedAndWithdrawn() {
        give(a, b).statusCode(201).body("member", equalTo(a)).body("proxy", equalTo(b));
        give(a, b).statusCode(200);
        list().body("member", contains(a)).body("proxy", contains(b));
        give(a, c).statusCode(200).body("proxy", equalTo(c));
        list().body("proxy", contains(c));
        assertEquals(2, audited("MANDATE_SET", a));

        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/{member}", assembly, a).then().statusCode(204);
        list().body("member", org.hamcrest.Matchers.empty());
        assertEquals(1, audited("MANDATE_REMOVED", a));
        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/{member}", assembly, a).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void oneProxyMayCarrySeveralVotes() {
        give(a, c).statusCode(201);
        give(b, c).statusCode(201);
        list().body("member", contains(a, b)).body("proxy", contains(c, c));
    }

    @Test
    void aMemberCannotBeItsOwnProxy() {
        give(a, a).statusCode(400).contentType("application/problem+json").body("errors.field", contains("proxy"));
        assertEquals(0, mandates());
    }

    @Test
    void chainsOfMandatesAreRefusedEitherWayRound() {
        give(b, c).statusCode(201);
        give(a, b).statusCode(409).contentType("application/problem+json").body("detail", containsString("cannot be passed on"));
        give(c, a).statusCode(409).body("detail", containsString("carries the vote of " + b));
        give(c, b).statusCode(409);
        assertEquals(1, mandates());
        assertEquals(0, audited("MANDATE_SET", a));
    }

    @Test
    void mandatesOfOtherAssembliesDoNotCount() {
        long other = fixtures.assembly();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("proxy", c))
                .when().put(PATH + "/{member}", other, b).then().statusCode(201);
        give(a, b).statusCode(201);
    }

    @Test
    void unknownMembersAndAssembliesAreReported() {
        String nobody = Fixtures.uniqueCode("NONE");
        give(a, nobody).statusCode(400).body("errors.field", contains("proxy"));
        give(nobody, a).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("proxy", b))
                .when().put(PATH + "/{member}", 999_999_999L, a).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH, 999_999_999L).then().statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{}")
                .when().put(PATH + "/{member}", assembly, a).then().statusCode(400).body("errors.field", contains("proxy"));
        assertEquals(0, mandates());
    }

    @Test
    void deactivatedMembersTakeNoPartInMandates() {
        fixtures.update("UPDATE member SET active = false WHERE code = ?", c);
        give(a, c).statusCode(409).contentType("application/problem+json");
        give(c, a).statusCode(409);
        assertEquals(0, mandates());
    }

    @Test
    void aClosedAssemblysMandatesAreFrozen() {
        give(a, b).statusCode(201);
        fixtures.update("UPDATE assembly SET status = 'CLOSED' WHERE id = ?", assembly);
        give(a, c).statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/{member}", assembly, a).then().statusCode(409);
        list().body("proxy", contains(b));
    }

    @Test
    void onlyTheSecretariatManagesMandates() {
        give(a, b).statusCode(201);
        given().when().get(PATH, assembly).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("proxy", c)).when().put(PATH + "/{member}", assembly, a).then().statusCode(401);
        given().when().delete(PATH + "/{member}", assembly, a).then().statusCode(401);
        for (String token : List.of(Tokens.chair(), Delegates.registered(a), Tokens.token("x"))) {
            given().auth().oauth2(token).when().get(PATH, assembly).then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("proxy", c))
                    .when().put(PATH + "/{member}", assembly, a).then().statusCode(403);
            given().auth().oauth2(token).when().delete(PATH + "/{member}", assembly, a).then().statusCode(403);
        }
        list().body("proxy", contains(b));
    }
}
