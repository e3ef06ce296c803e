package nl.plenum.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import org.junit.jupiter.api.Test;

/** A bearer token that is not a JWT is refused locally: no introspection call to the provider for each "Bearer garbage". */
@QuarkusTest
class OpaqueTokenTest {

    @OidcWireMock
    WireMockServer provider;

    @Test
    void anOpaqueTokenIsRefusedWithoutAnOutboundCall() {
        int before = provider.findAll(anyRequestedFor(urlMatching(".*introspect.*"))).size();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2("garbage" + i).when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        }
        assertEquals(before, provider.findAll(anyRequestedFor(urlMatching(".*introspect.*"))).size(), "introspection calls");
    }
}
