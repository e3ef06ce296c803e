package nl.plenum.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssociationResourceTest {

    private static final String PATH = "/api/v1/association";

    @Inject
    Fixtures fixtures;

    static JsonPath current() {
        return given().auth().oauth2(Tokens.secretariat()).when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    static void put(Object body) {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body)
                .when().put(PATH).then().statusCode(200);
    }

    @Test
    void anyAuthenticatedCallerReadsTheAssociation() {
        for (String token : List.of(Tokens.token("x"), Delegates.ofSomeMember(), Tokens.chair(), Tokens.secretariat())) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(200)
                    .body("name", not(emptyOrNullString()))
                    .body("weightBrackets[0].from", equalTo(0))
                    .body("weightBrackets[0].votes", not(equalTo(0)));
        }
    }

    @Test
    void anonymousCannotReadTheAssociation() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void onlyTheSecretariatChangesTheAssociation() {
        Map<String, Object> body = Map.of("name", "X", "weightBrackets", List.of(Map.of("from", 0, "votes", 1)));
        given().contentType(ContentType.JSON).body(body).when().put(PATH).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Tokens.token("x"), Delegates.ofSomeMember(), Tokens.chair())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH).then().body("name", not(equalTo("X")));
    }

    @Test
    void newBracketsReDeriveWeightsThatAreNotExplicitAndAreAudited() {
        JsonPath before = current();
        String derived = Fixtures.uniqueCode("D");
        String explicit = Fixtures.uniqueCode("E");
        MemberResourceTest.create(derived, 25_000, null);
        MemberResourceTest.create(explicit, 25_000, 7);
        try {
            put(Map.of("name", before.getString("name"), "weightBrackets",
                    List.of(Map.of("from", 0, "votes", 2), Map.of("from", 20_000, "votes", 5))));
            MemberResourceTest.get(derived).body("weight", equalTo(5)).body("weightExplicit", equalTo(false));
            MemberResourceTest.get(explicit).body("weight", equalTo(7)).body("weightExplicit", equalTo(true));
            given().auth().oauth2(Tokens.chair()).when().get(PATH).then()
                    .body("weightBrackets", hasSize(2))
                    .body("weightBrackets[1].from", equalTo(20_000))
                    .body("weightBrackets[1].votes", equalTo(5));

            put(Map.of("name", before.getString("name"), "weightBrackets",
                    List.of(Map.of("from", 0, "votes", 1), Map.of("from", 30_000, "votes", 9))));
            MemberResourceTest.get(derived).body("weight", equalTo(1));
            MemberResourceTest.get(explicit).body("weight", equalTo(7));
            assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'WEIGHT_BRACKETS_CHANGED' AND payload LIKE ?",
                    "%\"to\":\"0:1,30000:9\"%\"code\":\"" + derived + "\",\"weight\":{\"from\":5,\"to\":1}}%"));
        } finally {
            put(Map.of("name", before.getString("name"), "weightBrackets", before.getList("weightBrackets")));
        }
        MemberResourceTest.get(derived).body("weight", equalTo(WeightBrackets.parse(spec(before)).weightFor(25_000)));
    }

    @Test
    void aTableThatBreaksTheRulesIsRefusedAndNothingChanges() {
        String spec = spec(current());
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ander", "weightBrackets", List.of(Map.of("from", 0, "votes", 1), Map.of("from", 0, "votes", 2))))
                .when().put(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("weightBrackets"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ander", "weightBrackets", List.of(Map.of("from", 5, "votes", 1))))
                .when().put(PATH).then().statusCode(400).body("errors.field", hasItem("weightBrackets"));
        assertEquals(spec, spec(current()));
        given().auth().oauth2(Tokens.secretariat()).when().get(PATH).then().body("name", not(equalTo("Ander")));
    }

    @Test
    void everyFieldErrorIsReportedAtOnce() {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"weightBrackets\": [{\"from\": -1, \"votes\": 0}, {\"votes\": 3}]}")
                .when().put(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "weightBrackets[0].from", "weightBrackets[0].votes", "weightBrackets[1].from"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"name\": ")
                .when().put(PATH).then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void theProjectorRevealIsSetReadAndAuditedAndLeftAsItIsWhenLeftOut() {
        JsonPath before = current();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", before.getString("name"), "weightBrackets", before.getList("weightBrackets")));
        long lastEvent = fixtures.count("SELECT coalesce(max(seq), 0) FROM audit_event");
        try {
            body.put("projectorReveal", "AT_CLOSE");
            put(body);
            given().auth().oauth2(Tokens.chair()).when().get(PATH).then().statusCode(200).body("projectorReveal", equalTo("AT_CLOSE"));
            assertEquals("AT_CLOSE", fixtures.string("SELECT projector_reveal FROM association"));
            body.remove("projectorReveal");
            put(body);
            assertEquals("AT_CLOSE", current().getString("projectorReveal"), "a PUT without it changes nothing");
            body.put("projectorReveal", "AFTER_PUBLICATION");
            put(body);
            assertEquals("AFTER_PUBLICATION", current().getString("projectorReveal"));
            assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'PROJECTOR_REVEAL_CHANGED' AND seq > ? "
                    + "AND payload LIKE '%\"from\":\"AT_CLOSE\"%' AND payload LIKE '%\"to\":\"AFTER_PUBLICATION\"%'", lastEvent));
        } finally {
            body.put("projectorReveal", before.getString("projectorReveal"));
            put(body);
        }
    }

    @Test
    void theShippedProjectorRevealIsAfterPublication() {
        assertEquals("'AFTER_PUBLICATION'::text", fixtures.string("SELECT column_default FROM information_schema.columns "
                + "WHERE table_name = 'association' AND column_name = 'projector_reveal'"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\"at_close\"", "\"AtClose\"", "\"NEVER\"", "0", "1", "\"1\"", "true", "{}"})
    void aProjectorRevealThatIsNotANameIsRefusedAndNothingChanges(String reveal) {
        JsonPath before = current();
        String brackets = io.vertx.core.json.Json.encode(before.getList("weightBrackets"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"name\":\"Ander\",\"weightBrackets\":" + brackets + ",\"projectorReveal\":" + reveal + "}")
                .when().put(PATH).then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before.getString("projectorReveal"), current().getString("projectorReveal"));
        assertEquals(before.getString("name"), current().getString("name"));
    }

    @Test
    void onlyTheSecretariatChangesTheProjectorReveal() {
        JsonPath before = current();
        Map<String, Object> body = Map.of("name", before.getString("name"), "weightBrackets", before.getList("weightBrackets"),
                "projectorReveal", "AT_CLOSE".equals(before.getString("projectorReveal")) ? "AFTER_PUBLICATION" : "AT_CLOSE");
        for (String token : List.of(Tokens.chair(), Delegates.ofSomeMember(), Tokens.token("x"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before.getString("projectorReveal"), current().getString("projectorReveal"));
    }

    static String spec(JsonPath association) {
        List<Map<String, Object>> brackets = association.getList("weightBrackets");
        return String.join(",", brackets.stream().map(b -> b.get("from") + ":" + b.get("votes")).toList());
    }
}
