package nl.plenum.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolutionResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> body(String agendaItem, String title, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("agendaItem", agendaItem);
        body.put("title", title);
        body.put("text", text);
        return body;
    }

    private static ExtractableResponse<Response> create(long assembly, String agendaItem, String text) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body(agendaItem, "Voorstel " + agendaItem, text))
                .when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(201).extract();
    }

    private long resolutions() {
        return fixtures.count("SELECT count(*) FROM resolution");
    }

    @Test
    void theSecretariatPutsAResolutionOnTheAgendaThatAnyoneCanRead() {
        long assembly = fixtures.assembly();
        ExtractableResponse<Response> created = create(assembly, "8a", "De ALV **stemt in** met het voorstel.");
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), endsWith("/api/v1/resolutions/" + id));
        assertEquals("PENDING", created.jsonPath().getString("status"));

        given().when().get("/api/v1/resolutions/{id}", id).then().statusCode(200)
                .body("assemblyId", equalTo((int) assembly))
                .body("agendaItem", equalTo("8a"))
                .body("text", equalTo("De ALV **stemt in** met het voorstel."))
                .body("html", equalTo("<p>De ALV <strong>stemt in</strong> met het voorstel.</p>\n"));
    }

    @Test
    void theAgendaIsListedInAgendaOrder() {
        long assembly = fixtures.assembly();
        for (String item : List.of("10", "8b", "2", "8a")) {
            create(assembly, item, "");
        }
        given().when().get("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(200)
                .body("agendaItem", contains("2", "8a", "8b", "10"))
                .body("[0].html", equalTo(""));
    }

    @Test
    void scriptsAndJavascriptLinksAreRenderedHarmless() {
        long assembly = fixtures.assembly();
        long id = create(assembly, "1", "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(2)>")
                .jsonPath().getLong("id");
        String html = given().when().get("/api/v1/resolutions/{id}", id).then().statusCode(200).extract().jsonPath().getString("html");
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("<img")));
        assertThat(html.toLowerCase(), not(containsString("javascript:")));
        assertThat(html, containsString("&lt;script&gt;"));
        given().when().get("/api/v1/assemblies/{id}/resolutions", assembly).then()
                .body("[0].html", not(containsString("<script")));
    }

    @Test
    void anAgendaItemIsUniqueWithinAnAssembly() {
        long assembly = fixtures.assembly();
        create(assembly, "3", "");
        long other = create(assembly, "4", "").jsonPath().getLong("id");
        long before = resolutions();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body("3", "Nog eens", ""))
                .when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body("3", "Hernummerd", ""))
                .when().put("/api/v1/resolutions/{id}", other).then().statusCode(409).contentType("application/problem+json");
        assertEquals(before, resolutions());
        given().when().get("/api/v1/resolutions/{id}", other).then().body("agendaItem", equalTo("4"));
        create(fixtures.assembly(), "3", "");
    }

    @Test
    void theSecretariatChangesAResolution() {
        long id = create(fixtures.assembly(), "5", "oud").jsonPath().getLong("id");
        Map<String, Object> change = body("5b", "Gewijzigd", "# Nieuw");
        change.put("status", "ADOPTED");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/resolutions/{id}", id).then().statusCode(200)
                .body("html", equalTo("<h1>Nieuw</h1>\n")).body("status", equalTo("ADOPTED"));
        given().when().get("/api/v1/resolutions/{id}", id).then().body("title", equalTo("Gewijzigd")).body("agendaItem", equalTo("5b"));
    }

    @Test
    void onlyTheSecretariatWrites() {
        long assembly = fixtures.assembly();
        long id = create(assembly, "1", "").jsonPath().getLong("id");
        Map<String, Object> body = body("9", "Gekaapt", "");
        long before = resolutions();
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/resolutions/{id}", id).then().statusCode(401);
        for (String token : List.of(Tokens.chair(), Delegates.ofSomeMember(), Tokens.token("x"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/resolutions/{id}", id).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, resolutions());
        given().when().get("/api/v1/resolutions/{id}", id).then().body("title", equalTo("Voorstel 1"));
    }

    @Test
    void invalidInputIsReportedPerField() {
        long assembly = fixtures.assembly();
        long before = resolutions();
        Map<String, Object> bad = body(" ", "", "x".repeat(100_001));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("agendaItem", "title", "text"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("[1, 2")
                .when().post("/api/v1/assemblies/{id}/resolutions", assembly).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, resolutions());
    }

    @Test
    void unknownAssembliesAndResolutionsAreNotFound() {
        given().when().get("/api/v1/assemblies/999999999/resolutions").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body("1", "x", ""))
                .when().post("/api/v1/assemblies/999999999/resolutions").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/resolutions/999999999").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body("1", "x", ""))
                .when().put("/api/v1/resolutions/999999999").then().statusCode(404).contentType("application/problem+json");
    }
}
