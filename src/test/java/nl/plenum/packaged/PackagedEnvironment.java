package nl.plenum.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.plenum.database.EmbeddedDatabase;

/**
 * Everything a fault test needs, each part under the test's control: a durable PostgreSQL on a fixed
 * directory and port (so it can be stopped and started again), a local OIDC provider, and the
 * packaged Plenum as a child process.
 */
public final class PackagedEnvironment implements AutoCloseable {

    private final Path dataDirectory;
    private EmbeddedDatabase postgres;
    private final int port;
    public final LocalIssuer issuer;
    public final PackagedPlenum plenum;
    public final Api api;
    public final Database db;
    public final Meeting meeting;

    private PackagedEnvironment(String name, String... settings) throws Exception {
        dataDirectory = Path.of("target", "packaged-postgres", name).toAbsolutePath();
        deleteRecursively(dataDirectory);
        postgres = EmbeddedDatabase.start(dataDirectory, 0, false);
        port = postgres.port();
        issuer = new LocalIssuer();
        db = new Database(postgres);
        plenum = new PackagedPlenum(name, PackagedPlenum.settings(postgres, issuer, settings));
        api = new Api(plenum.uri(), Duration.ofSeconds(20));
        meeting = new Meeting(api, db, issuer);
    }

    public static PackagedEnvironment start(String name, String... settings) throws Exception {
        PackagedEnvironment environment = new PackagedEnvironment(name, settings);
        try {
            environment.plenum.start();
        } catch (Exception | Error e) {
            environment.close();
            throw e;
        }
        return environment;
    }

    /** Stops PostgreSQL (a fast shutdown: clients are disconnected); the data stays. */
    public void stopDatabase() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same directory and port. */
    public void startDatabase() throws IOException {
        postgres = EmbeddedDatabase.start(dataDirectory, port, false);
    }

    @Override
    public void close() throws Exception {
        try {
            plenum.close();
        } finally {
            try {
                postgres.close();
            } finally {
                issuer.close();
                deleteRecursively(dataDirectory);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
