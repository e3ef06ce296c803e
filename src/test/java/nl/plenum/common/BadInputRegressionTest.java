package nl.plenum.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Inputs the bad-input property test (BadInputIT) once answered wrongly; kept here as plain, fast cases. */
@QuarkusTest
class BadInputRegressionTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aMemberCodeWithANulByteNamesNoMember() {
        given().auth().oauth2(Tokens.secretariat())
                .when().get("/api/v1/members/{code}", "GM\u00000363")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(Tokens.secretariat())
                .when().delete("/api/v1/members/{code}", "\u0000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aVoteForAMemberCodeWithANulByteIsNotFoundRatherThanUnavailable() {
        long assembly = fixtures.assembly();
        String delegateOf = Fixtures.uniqueCode("GM");
        fixtures.member(delegateOf, 1);
        given().auth().oauth2(Delegates.registered(delegateOf)).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", 1, "GM\u00000363")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"member\":\"A\",\"proxy\":\"B\"}")
                .when().put("/api/v1/assemblies/{id}/mandates/{member}", assembly, "\u0000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theBallotsOfAResolutionThatDoesNotExistAreNotFound() {
        given().when().get("/api/v1/resolutions/{id}/ballots", 987_654_321L)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
