package nl.plenum.assembly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminOpenApiTest {

    @Test
    void theSecretariatOperationsAreDescribed() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.'/api/v1/association'.put.summary", notNullValue())
                .body("paths.'/api/v1/members'.post.summary", notNullValue())
                .body("paths.'/api/v1/members/import'.post.description", notNullValue())
                .body("paths.'/api/v1/members/export'.get.summary", notNullValue())
                .body("paths.'/api/v1/members/{code}'.delete.description", notNullValue())
                .body("paths.'/api/v1/assemblies'.get.summary", notNullValue())
                .body("paths.'/api/v1/assemblies/{assemblyId}/resolutions'.post.summary", notNullValue())
                .body("paths.'/api/v1/resolutions/{id}'.get.summary", notNullValue())
                .body("paths.'/api/v1/assemblies/{assemblyId}/mandates/{memberCode}'.put.description", notNullValue());
    }
}
