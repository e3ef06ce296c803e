package nl.plenum.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started by Plenum itself, for a machine without a database.
 * Durable settings are forced on: zonky's defaults (fsync off) would lose acknowledged votes on a crash.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the given data directory, creating it when empty and keeping it otherwise.
     *
     * @param port 0 for a free port
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwAway) throws IOException {
        Files.createDirectories(dataDirectory);
        StaleServer.stopIfRunning(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.infof("Embedded PostgreSQL listening on port %d, data in %s", postgres.getPort(), dataDirectory);
        return new EmbeddedDatabase(postgres);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** A postmaster left running by a JVM that was killed hard keeps the data directory locked. */
    static final class StaleServer {
        private StaleServer() {
        }

        static void stopIfRunning(Path dataDirectory) throws IOException {
            Optional<ProcessHandle> stale = find(dataDirectory);
            if (stale.isEmpty()) {
                return;
            }
            ProcessHandle process = stale.get();
            LOG.warnf("Stopping stale PostgreSQL (pid %d) left on %s by an earlier run", process.pid(), dataDirectory);
            process.destroy(); // SIGTERM: a smart shutdown, which is quick because its clients are gone
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // SIGQUIT is not reachable from Java; SIGKILL is safe for PostgreSQL: it recovers from WAL.
                process.destroyForcibly();
                process.onExit().join();
            }
        }

        static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid;
            try {
                pid = Long.parseLong(lines.get(0).trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        }
    }
}
