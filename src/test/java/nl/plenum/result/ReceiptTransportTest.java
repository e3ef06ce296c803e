package nl.plenum.result;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a receipt and a choice travel: never cached, and the check takes the code in the body. */
@QuarkusTest
class ReceiptTransportTest {

    @Inject
    Fixtures fixtures;

    String member;
    long ballot;

    @BeforeEach
    void openBallot() {
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 3);
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
    }

    @Test
    void theVoteAnswerIsNeverCached() {
        vote().then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void theReceiptIsCheckedByPostBodyAndNotCached() {
        String receipt = vote().then().statusCode(200).extract().path("receipt");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + receipt + "\"}")
                .when().post("/api/v1/ballots/{id}/receipt-checks", ballot)
                .then().statusCode(200).header("Cache-Control", "no-store").body("counted", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"code\":\"\"}")
                .when().post("/api/v1/ballots/{id}/receipt-checks", ballot)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"code\":\"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\"}")
                .when().post("/api/v1/ballots/{id}/receipt-checks", ballot)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOldGetStillAnswersButSaysItIsDeprecated() {
        String receipt = vote().then().statusCode(200).extract().path("receipt");
        given().when().get("/api/v1/ballots/{id}/receipts/{code}", ballot, receipt)
                .then().statusCode(200).header("Cache-Control", "no-store")
                .header("Deprecation", startsWith("@")).header("Sunset", equalTo(ReceiptResource.SUNSET))
                .header("Link", equalTo("</api/v1/ballots/" + ballot + "/receipt-checks>; rel=\"successor-version\""))
                .body("counted", equalTo(true));
    }

    @Test
    void theReceiptPageIsNeverCached() {
        given().when().get("/receipt").then().statusCode(200).header("Cache-Control", "no-store");
    }

    private io.restassured.response.Response vote() {
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member);
    }
}
