package nl.plenum.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 12.19: the served OpenAPI document passes the NL API Design Rules (Spectral, installed by npm ci). */
@QuarkusTest
class OpenApiLintTest {

    private static final Path SPECTRAL = Path.of("target/frontend/node_modules/.bin/spectral");
    private static final Path RULESET = Path.of("src/test/resources/spectral/plenum.yml");
    private static final Path OUT = Path.of("target/openapi-lint");

    @Test
    void theServedDocumentFollowsTheNlApiDesignRules() throws Exception {
        Lint lint = lint("openapi.json", servedDocument());
        assertEquals(0, lint.exitCode, "Spectral found NL API Design Rules violations in the OpenAPI document:\n" + lint.output);
    }

    /** The lint can fail: a trailing slash and a non-problem error answer are caught. */
    @Test
    void aBrokenContractFailsTheLint() throws Exception {
        String broken = servedDocument().replace("\"/api/v1/me\"", "\"/api/v1/me/\"")
                .replace("application/problem+json", "application/json");
        Lint lint = lint("broken.json", broken);
        assertNotEquals(0, lint.exitCode, lint.output);
        assertTrue(lint.output.contains("/core/no-trailing-slash"), lint.output);
        assertTrue(lint.output.contains("/core/problem-details"), lint.output);
    }

    private static String servedDocument() {
        return given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
    }

    private static Lint lint(String name, String document) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(SPECTRAL), SPECTRAL + " is missing: Maven's npm ci (generate-resources) installs it");
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        Files.writeString(file, document, StandardCharsets.UTF_8);
        Process spectral = new ProcessBuilder(SPECTRAL.toString(), "lint", "--ruleset", RULESET.toString(),
                "--fail-severity", "warn", "--format", "text", file.toString()).redirectErrorStream(true).start();
        String output = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(spectral.waitFor(2, TimeUnit.MINUTES), "Spectral did not finish");
        return new Lint(spectral.exitValue(), output);
    }

    private record Lint(int exitCode, String output) {}
}
