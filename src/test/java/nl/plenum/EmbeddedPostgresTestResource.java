package nl.plenum;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.plenum.database.EmbeddedDatabase;

/** Tests run against a real PostgreSQL: embedded, on a free port, in a throw-away directory. */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("plenum-test-pg").resolve("postgres");
            database = EmbeddedDatabase.start(dir, 0, true);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
        Map<String, String> settings = new HashMap<>(database.quarkusSettings());
        // For the tests that play the DBA (nl.plenum.Dba): a superuser, as the application never is.
        settings.put("plenum.test.dba.url", database.jdbcUrl());
        settings.put("plenum.test.dba.username", EmbeddedDatabase.SUPERUSER);
        settings.put("plenum.test.dba.password", database.credentials().superuserPassword());
        return settings;
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            // the directory is throw-away; nothing to keep
        }
    }
}
