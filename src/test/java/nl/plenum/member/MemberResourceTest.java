package nl.plenum.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    private static final String PATH = "/api/v1/members";

    @Inject
    Fixtures fixtures;

    static Map<String, Object> body(String code, String name, long inhabitants, Integer weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("inhabitants", inhabitants);
        body.put("weight", weight);
        return body;
    }

    static ValidatableResponse create(String code, long inhabitants, Integer weight) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(code, "Gemeente " + code, inhabitants, weight))
                .when().post(PATH).then().statusCode(201);
    }

    static ValidatableResponse get(String code) {
        return given().auth().oauth2(Tokens.secretariat()).when().get(PATH + "/" + code).then().statusCode(200);
    }

    static int derivedWeight(long inhabitants) {
        return WeightBrackets.parse(AssociationResourceTest.spec(AssociationResourceTest.current())).weightFor(inhabitants);
    }

    private long members() {
        return fixtures.count("SELECT count(*) FROM member");
    }

    private long audited(String type, String code) {
        return fixtures.count("SELECT count(*) FROM audit_event WHERE type = ? AND payload LIKE ?", type, "%\"code\":\"" + code + "\"%");
    }

    @Test
    void aMemberWithoutWeightGetsTheWeightOfItsBracket() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 123_456, null)
                .header("Location", endsWith(PATH + "/" + code))
                .body("code", equalTo(code))
                .body("weight", equalTo(derivedWeight(123_456)))
                .body("weightExplicit", equalTo(false))
                .body("active", equalTo(true));
        assertEquals(1, audited("MEMBER_CREATED", code));
    }

    @Test
    void anExplicitWeightIsKeptAndCanBeDroppedAgain() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 5, 42).body("weight", equalTo(42)).body("weightExplicit", equalTo(true));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(null, "Nieuwe naam", 5, null))
                .when().put(PATH + "/" + code).then().statusCode(200)
                .body("name", equalTo("Nieuwe naam"))
                .body("weight", equalTo(derivedWeight(5)))
                .body("weightExplicit", equalTo(false));
        get(code).body("name", equalTo("Nieuwe naam"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'MEMBER_UPDATED' AND payload LIKE ?",
                "%\"weight\":{\"from\":42,\"to\":" + derivedWeight(5) + "}%\"code\":\"" + code + "\"%"));
    }

    @Test
    void theChairReadsMembersButOnlyTheSecretariatWrites() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 100, null);
        given().auth().oauth2(Tokens.chair()).when().get(PATH).then().statusCode(200).body("code", hasItem(code));
        given().auth().oauth2(Tokens.chair()).when().get(PATH + "/" + code).then().statusCode(200).body("code", equalTo(code));
        Map<String, Object> other = body(Fixtures.uniqueCode("GM"), "X", 1, null);
        for (String token : List.of(Tokens.chair(), Delegates.ofSomeMember(), Tokens.token("x"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(other).when().post(PATH).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(other).when().put(PATH + "/" + code).then().statusCode(403);
            given().auth().oauth2(token).when().delete(PATH + "/" + code).then().statusCode(403);
        }
        for (String token : List.of(Delegates.ofSomeMember(), Tokens.token("x"))) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403);
            given().auth().oauth2(token).when().get(PATH + "/" + code).then().statusCode(403);
        }
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().when().get(PATH + "/" + code).then().statusCode(401);
        given().contentType(ContentType.JSON).body(other).when().post(PATH).then().statusCode(401);
        given().contentType(ContentType.JSON).body(other).when().put(PATH + "/" + code).then().statusCode(401);
        given().when().delete(PATH + "/" + code).then().statusCode(401);
        get(code).body("name", equalTo("Gemeente " + code)).body("active", equalTo(true));
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH + "/" + other.get("code")).then().statusCode(404);
    }

    @Test
    void theListIsSortedByCodeAndFilteredByQ() {
        String suffix = Fixtures.uniqueCode("");
        String b = "B" + suffix;
        String a = "A" + suffix;
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(b, "Zuidhorn " + suffix, 1, null)).post(PATH).then().statusCode(201);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(a, "Noordhorn " + suffix, 1, null)).post(PATH).then().statusCode(201);
        given().auth().oauth2(Tokens.secretariat()).queryParam("q", suffix.toLowerCase()).when().get(PATH).then().statusCode(200)
                .body("code", contains(a, b));
        given().auth().oauth2(Tokens.secretariat()).queryParam("q", "zuidHORN " + suffix).when().get(PATH).then().statusCode(200)
                .body("code", contains(b));
        List<String> all = given().auth().oauth2(Tokens.secretariat()).when().get(PATH).then().statusCode(200).extract().jsonPath().getList("code");
        // upper-case letters and digits sort the same under every collation the database may use
        List<String> plain = all.stream().filter(code -> code.matches("[A-Z0-9]+")).toList();
        assertEquals(plain.stream().sorted().toList(), plain);
        assertTrue(plain.contains(a) && plain.contains(b));
    }

    @Test
    void aDuplicateCodeIsAConflictAndStoresNothing() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 1, null);
        long before = members();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(code, "Tweede", 2, null))
                .when().post(PATH).then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        assertEquals(before, members());
        get(code).body("name", equalTo("Gemeente " + code));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        long before = members();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(body("no spaces allowed", "", -1, -2))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name", "inhabitants", "weight"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "inhabitants"));
        assertEquals(before, members());
    }

    @Test
    void aNameAspreadsheetWouldRunAsAFormulaIsRefused() {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(body(Fixtures.uniqueCode("GM"), "=HYPERLINK(\"http://x\")", 1, null))
                .when().post(PATH).then().statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void leadingWhiteSpaceDoesNotHideAFormula() {
        long before = members();
        for (String name : new String[] {" =HYPERLINK(\"http://x\")", "\u2003+1", "   @SUM(A1)", " -2+3"}) {
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                    .body(body(Fixtures.uniqueCode("GM"), name, 1, null))
                    .when().post(PATH).then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("name"));
        }
        assertEquals(before, members());
    }

    @Test
    void malformedOrMistypedJsonIsAProblem() {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"code\": \"X\", ")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"code\": \"X1\", \"name\": \"x\", \"inhabitants\": \"many\"}")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("inhabitants"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownMembersAreNotFound() {
        String code = Fixtures.uniqueCode("NONE");
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH + "/" + code).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(null, "x", 1, null))
                .when().put(PATH + "/" + code).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/" + code).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCodeCannotBeChangedThroughTheBody() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 1, null);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(code + "X", "x", 1, null))
                .when().put(PATH + "/" + code).then().statusCode(400).body("errors.field", contains("code"));
        get(code).body("name", equalTo("Gemeente " + code));
    }

    @Test
    void aMemberNothingRefersToIsDeleted() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 1, null);
        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/" + code).then().statusCode(204);
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH + "/" + code).then().statusCode(404);
        assertEquals(1, audited("MEMBER_DELETED", code));
    }

    @Test
    void aMemberABallotNamesIsDeactivatedNotDeleted() {
        String code = Fixtures.uniqueCode("GM");
        create(code, 1, 3);
        long memberId = fixtures.count("SELECT id FROM member WHERE code = ?", code);
        long resolution = fixtures.resolution(fixtures.assembly());
        long ballot = fixtures.count("INSERT INTO ballot (resolution_id, question) VALUES (?, 'Akkoord?') RETURNING id", resolution);
        fixtures.update("INSERT INTO entitlement (ballot_id, member_id, weight) VALUES (?, ?, 3)", ballot, memberId);
        long before = members();

        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/" + code).then().statusCode(200)
                .body("code", equalTo(code)).body("active", equalTo(false));
        get(code).body("active", equalTo(false)).body("weight", equalTo(3));
        assertEquals(before, members());
        assertEquals(1, audited("MEMBER_DEACTIVATED", code));

        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/" + code).then().statusCode(200).body("active", equalTo(false));
        assertEquals(1, audited("MEMBER_DEACTIVATED", code));

        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("name", "Terug", "inhabitants", 1, "active", true))
                .when().put(PATH + "/" + code).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void aMemberAMandateNamesIsDeactivatedNotDeleted() {
        String giver = Fixtures.uniqueCode("GM");
        String proxy = Fixtures.uniqueCode("GM");
        create(giver, 1, null);
        create(proxy, 1, null);
        long assembly = fixtures.assembly();
        fixtures.mandate(assembly, fixtures.count("SELECT id FROM member WHERE code = ?", giver), fixtures.count("SELECT id FROM member WHERE code = ?", proxy));
        given().auth().oauth2(Tokens.secretariat()).when().delete(PATH + "/" + proxy).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH).then().body("findAll { it.code == '" + proxy + "' }.active", contains(false));
        get(giver).body("active", not(equalTo(false)));
    }
}
