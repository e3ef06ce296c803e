package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** The packaged app in the prod profile with the demo secrets (the defaults) refuses to start, naming the variable. */
class ProductionSecretsIT {

    @Test
    void productionWithTheDefaultSecretsExitsNonZeroAndNamesTheVariables() throws Exception {
        Path dir = Path.of("target", "packaged-postgres", "prod-secrets").toAbsolutePath();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, false); LocalIssuer issuer = new LocalIssuer()) {
            List<String> settings = new ArrayList<>();
            db.quarkusSettings().forEach((key, value) -> settings.add("-D" + key + "=" + value));
            // every other production secret present, so the start fails on these two alone
            settings.add("-Dplenum.audit.signing-key-file=" + PackagedPlenum.auditKey());
            settings.add("-Dquarkus.rest-csrf.token-signature-key=" + PackagedPlenum.randomSecret());
            settings.addAll(issuer.plenumSettings()); // no OIDC or session secret: the demo defaults of application.properties
            PackagedPlenum plenum = new PackagedPlenum("prod-secrets", settings);
            Files.deleteIfExists(plenum.log());
            int exit = plenum.exitCode(Duration.ofSeconds(120));
            String log = Files.readString(plenum.log());
            assertNotEquals(0, exit, "a refused start exits non-zero");
            assertTrue(log.contains("PLENUM_OIDC_CLIENT_SECRET is a published demo value"), log);
            assertTrue(log.contains("PLENUM_SESSION_SECRET is a published demo value"), log);

            PackagedPlenum shortSecrets = new PackagedPlenum("prod-short-secrets", withSecrets(settings, "short", "x".repeat(31)));
            Files.deleteIfExists(shortSecrets.log());
            assertNotEquals(0, shortSecrets.exitCode(Duration.ofSeconds(120)));
            String shortLog = Files.readString(shortSecrets.log());
            assertTrue(shortLog.contains("PLENUM_OIDC_CLIENT_SECRET is shorter than 32 characters"), shortLog);
            assertTrue(shortLog.contains("PLENUM_SESSION_SECRET is shorter than 32 characters"), shortLog);
        }
    }

    private static List<String> withSecrets(List<String> settings, String client, String session) {
        List<String> all = new ArrayList<>(settings);
        all.add("-Dquarkus.oidc.credentials.secret=" + client);
        all.add("-Dquarkus.oidc.token-state-manager.encryption-secret=" + session);
        return all;
    }
}
