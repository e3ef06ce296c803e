package nl.plenum.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** NL API Design Rules the whole API keeps: problem+json errors, API-Version, no trailing-slash redirects. */
@QuarkusTest
class ApiConventionsTest {

    @Test
    void everyResponseCarriesTheApiVersion() {
        given().when().get("/api/v1/ballots/987654321").then().statusCode(404)
                .header("API-Version", "1.0.0").contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/me").then().statusCode(200).header("API-Version", "1.0.0");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblems() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.chair()).when().delete("/api/v1/me").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.XML).body("<ballot/>")
                .when().post("/api/v1/resolutions/1/ballots").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aTrailingSlashIsNeverRedirected() {
        given().redirects().follow(false).auth().oauth2(Tokens.chair()).when().get("/api/v1/me/")
                .then().statusCode(lessThan(300));
    }

    @Test
    void openApiDescribesTheOperations() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/ballots/{ballotId}/votes/{memberCode}"))
                .body("paths", hasKey("/api/v1/ballots/{id}/opening"))
                .body("info.contact.email", equalTo("dev@plenum.example.org"));
    }
}
