package nl.plenum.assembly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssemblyResourceTest {

    private static final String PATH = "/api/v1/assemblies";

    @Inject
    Fixtures fixtures;

    @Test
    void theSecretariatPlansAnAssemblyThatAnyoneCanRead() {
        String title = "ALV " + Fixtures.uniqueCode("");
        var created = given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "date", "2026-06-12"))
                .when().post(PATH).then().statusCode(201)
                .body("title", equalTo(title)).body("date", equalTo("2026-06-12")).body("status", equalTo("PLANNED"))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(PATH + "/" + id));

        given().when().get(PATH).then().statusCode(200).body("title", hasItem(title));
        given().when().get(PATH + "/" + id).then().statusCode(200).body("title", equalTo(title)).body("date", equalTo("2026-06-12"));
    }

    @Test
    void theSecretariatChangesTitleDateAndStatus() {
        long id = fixtures.assembly();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "Bijzondere ALV", "date", "2026-12-01", "status", "IN_SESSION"))
                .when().put(PATH + "/" + id).then().statusCode(200).body("status", equalTo("IN_SESSION"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "Bijzondere ALV", "date", "2026-12-02"))
                .when().put(PATH + "/" + id).then().statusCode(200).body("status", equalTo("IN_SESSION"));
        given().when().get(PATH + "/" + id).then().body("title", equalTo("Bijzondere ALV")).body("date", equalTo("2026-12-02"));
    }

    @Test
    void onlyTheSecretariatWrites() {
        long id = fixtures.assembly();
        Map<String, Object> body = Map.of("title", "Gekaapt", "date", "2026-01-01");
        long before = fixtures.count("SELECT count(*) FROM assembly");
        given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id).then().statusCode(401);
        for (String token : List.of(Tokens.chair(), Delegates.ofSomeMember(), Tokens.token("x"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id).then().statusCode(403);
        }
        assertEquals(before, fixtures.count("SELECT count(*) FROM assembly"));
        given().when().get(PATH + "/" + id).then().body("title", org.hamcrest.Matchers.not(equalTo("Gekaapt")));
    }

    @Test
    void invalidInputIsReportedPerFieldAndStoresNothing() {
        long before = fixtures.count("SELECT count(*) FROM assembly");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"title\": \"  \"}")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "date"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("title", "x", "date", "2026-13-45"))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("title", "x", "date", "2026-01-01", "status", "OPEN"))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, fixtures.count("SELECT count(*) FROM assembly"));
    }

    @Test
    void unknownAssembliesAreNotFound() {
        given().when().get(PATH + "/999999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get(PATH + "/not-a-number").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("title", "x", "date", "2026-01-01"))
                .when().put(PATH + "/999999999").then().statusCode(404).contentType("application/problem+json");
    }
}
