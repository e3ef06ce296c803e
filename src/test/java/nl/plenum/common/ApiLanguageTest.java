package nl.plenum.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 12.21: without Accept-Language the API's field errors were part Dutch ("mag niet leeg zijn"), part English. */
@QuarkusTest
class ApiLanguageTest {

    static final String BAD_MEMBER = "{\"code\":\"GM1\",\"name\":\"\",\"inhabitants\":-1}";

    @Test
    void fieldErrorsAreEnglishUnlessDutchIsAsked() {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(BAD_MEMBER)
                .when().post("/api/v1/members").then().statusCode(400)
                .body("errors.message", hasItem("must be greater than or equal to 0"))
                .body("errors.message", everyItem(not(org.hamcrest.Matchers.containsString("mag"))));
        given().auth().oauth2(Tokens.secretariat()).header("Accept-Language", "de-DE, fr;q=0.8").contentType(ContentType.JSON).body(BAD_MEMBER)
                .when().post("/api/v1/members").then().statusCode(400)
                .body("errors.message", hasItem("must be greater than or equal to 0"));
    }

    @Test
    void dutchWhenTheClientAsksForIt() {
        given().auth().oauth2(Tokens.secretariat()).header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").contentType(ContentType.JSON).body(BAD_MEMBER)
                .when().post("/api/v1/members").then().statusCode(400)
                .body("errors.message", hasItem("moet groter of gelijk zijn aan 0"));
    }
}
