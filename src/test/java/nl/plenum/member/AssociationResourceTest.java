package nl.plenum.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssociationResourceTest {

    @Test
    void anyAuthenticatedCallerReadsTheAssociation() {
        given().auth().oauth2(Tokens.token("x")).when().get("/api/v1/association").then().statusCode(200)
                .body("name", not(emptyOrNullString()))
                .body("weightBrackets[0].from", equalTo(0));
        given().auth().oauth2(Tokens.delegate("GM0363")).when().get("/api/v1/association").then().statusCode(200);
    }

    @Test
    void anonymousCannotReadTheAssociation() {
        given().when().get("/api/v1/association").then().statusCode(401).contentType("application/problem+json");
    }
}
