package nl.plenum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12.16: a JDBC URL in config/application.properties, .env or a %prod. entry was ignored and the embedded server started. */
class LaunchSettingsTest {

    @TempDir
    Path dir;

    @Test
    void withNoUrlAnywherePlenumStartsItsOwnDatabase() {
        assertTrue(LaunchSettings.of(dir, "prod").wantsEmbeddedDatabase());
    }

    @Test
    void aUrlInConfigApplicationPropertiesIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), "quarkus.datasource.jdbc.url=jdbc:postgresql://db.example.org/plenum\n");
        LaunchSettings settings = LaunchSettings.of(dir, "prod");
        assertFalse(settings.wantsEmbeddedDatabase());
        assertEquals(Optional.of("jdbc:postgresql://db.example.org/plenum"), settings.get("quarkus.datasource.jdbc.url"));
    }

    @Test
    void aUrlInDotEnvIsUsed() throws Exception {
        Files.writeString(dir.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://env.example.org/plenum\n");
        assertEquals(Optional.of("jdbc:postgresql://env.example.org/plenum"), LaunchSettings.of(dir, "prod").get("quarkus.datasource.jdbc.url"));
    }

    @Test
    void aProfileEntryCountsOnlyInItsProfile() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), "%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://prod.example.org/plenum\n");
        assertFalse(LaunchSettings.of(dir, "prod").wantsEmbeddedDatabase());
        assertTrue(LaunchSettings.of(dir, "dev").wantsEmbeddedDatabase());
    }

    @Test
    void otherSettingsComeFromTheSameSources() throws Exception {
        Files.writeString(dir.resolve(".env"), "PLENUM_EMBEDDED_DB_PORT=54400\n");
        assertEquals(Optional.of("54400"), LaunchSettings.of(dir, "prod").get("plenum.embedded-db.port"));
    }
}
