package nl.plenum;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import nl.plenum.database.EmbeddedDatabase;

/**
 * Starts Plenum. Without a configured JDBC URL it first starts its own PostgreSQL, so that a
 * newcomer needs nothing but Java; with a JDBC URL in any configuration source Quarkus reads
 * ({@link LaunchSettings}) it starts nothing.
 */
@QuarkusMain
public class PlenumMain {

    public static void main(String... args) throws Exception {
        EmbeddedDatabase database = null;
        if (LaunchSettings.current().wantsEmbeddedDatabase()) {
            Path dir = Path.of(setting("plenum.embedded-db.dir").orElse("data/postgres")).toAbsolutePath();
            int port = Integer.parseInt(setting("plenum.embedded-db.port").orElse("54329"));
            database = EmbeddedDatabase.start(dir, port, false);
            database.quarkusSettings().forEach(System::setProperty);
        }
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** Reads a setting the way Quarkus will, before Quarkus runs: every configuration source, the active profile. */
    static java.util.Optional<String> setting(String name) {
        return LaunchSettings.current().get(name);
    }
}
