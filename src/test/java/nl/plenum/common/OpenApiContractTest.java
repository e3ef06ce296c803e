package nl.plenum.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Issue 12.19: the OpenAPI document says what the API does. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theDocumentMatchesTheAnswers() {
        String doc = given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("components.schemas.OptionResult.properties.percent.type", equalTo("string"))
                .body("components.schemas.Tally.properties.turnoutPercent.type", equalTo("string"))
                .body("paths.'/api/v1/resolutions/{resolutionId}/ballots'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/resolutions/{resolutionId}/ballots'.post.responses.'200'", nullValue())
                .body("paths.'/api/v1/ballots/{ballotId}/votes/{memberCode}'.put.responses.'409'", notNullValue())
                .body("paths.'/api/v1/ballots/{ballotId}/votes/{memberCode}'.put.responses.'429'", notNullValue())
                .body("paths.'/api/v1/ballots/{id}/results'.get.summary", equalTo("The result"))
                .extract().asString();
        for (String internal : new String[] {"EngineImpl", "TemplateInstance", "\"Template\""}) {
            org.junit.jupiter.api.Assertions.assertFalse(doc.contains(internal), internal + " appears in the OpenAPI document");
        }
    }
}
