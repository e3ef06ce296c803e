package nl.plenum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FoundationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Test
    void databaseIsARealDurablePostgres() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet version = s.executeQuery("SHOW server_version");
            version.next();
            // 17.8 fixes CVE-2025-12817, CVE-2025-12818, CVE-2026-2005 and CVE-2026-2006.
            Assertions.assertTrue(version.getString(1).startsWith("17.8"), version.getString(1));
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                ResultSet rs = s.executeQuery("SHOW " + setting);
                rs.next();
                Assertions.assertEquals("on", rs.getString(1), setting);
            }
        }
    }

    @Test
    void migrationsCreatedTheSchema() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('member','ballot','vote','audit_event')");
            rs.next();
            Assertions.assertEquals(4, rs.getInt(1));
        }
    }

    /** The management interface's port: dynamic in tests (test-port=0), read back from the running app. */
    static String management(String path) {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when().get(management("/q/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    /** Metrics and health are on the management interface's own port, not on the public one. */
    @Test
    void metricsAreServedOnTheManagementPortOnly() {
        given().when().get(management("/q/metrics")).then().statusCode(200).body(containsString("jvm_"));
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertNotEquals(io.restassured.RestAssured.port, java.net.URI.create(management("/")).getPort());
    }

    @Test
    void openApiIsPublic() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("info.contact.name", equalTo("Plenum developers"));
    }

    @Test
    void meNeedsAToken() {
        given().when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("API-Version", "1.0.0");
    }

    @Test
    void meReadsRolesAndMemberFromASignedToken() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 3);
        given().auth().oauth2(Delegates.registered(code))
                .when().get("/api/v1/me").then().statusCode(200)
                .body("member", equalTo(code))
                .body("roles", hasItem("delegate"));
    }

    @Test
    void meListsOnlyPlenumsOwnRoles() {
        given().auth().oauth2(Tokens.token("voorzitter", "chair", "offline_access", "default-roles-plenum", "uma_authorization"))
                .when().get("/api/v1/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("chair"));
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        String token = Tokens.builder("mallory", java.util.List.of("chair")).audience("someone-else").jws().keyId("1").sign();
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = Tokens.chair();
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("voorzitter", "voorzittex");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(tampered).when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }
}
