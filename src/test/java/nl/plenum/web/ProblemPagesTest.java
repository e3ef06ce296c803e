package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors on pages are pages in the reader's language; errors on the API stay problem+json. */
@QuarkusTest
class ProblemPagesTest {

    @Test
    void aServerErrorOnAPageIsAReadablePage() {
        given().when().get("/test-only/broken-page").then().statusCode(500)
                .contentType(startsWith("text/html"))
                .body(containsString("Er ging iets mis"), not(containsString("a bug")), not(containsString("\"status\"")));
        given().header("Accept-Language", "en").when().get("/test-only/broken-page").then().statusCode(500)
                .contentType(startsWith("text/html")).body(containsString("Something went wrong"));
    }

    @Test
    void aServerErrorOnTheApiStaysProblemJson() {
        given().when().get("/api/v1/test-only/broken").then().statusCode(500)
                .contentType("application/problem+json").body(not(containsString("a bug")));
    }

    @Test
    void aGetOfAFormsAddressIsAReadablePage() {
        given().when().get("/language").then().statusCode(405)
                .contentType(startsWith("text/html")).body(containsString("Deze actie kan niet via dit adres"));
    }
}
