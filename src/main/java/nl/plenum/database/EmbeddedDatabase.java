package nl.plenum.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started by Plenum itself, for a machine without a database.
 * Durable settings are forced on: zonky's defaults (fsync off) would lose acknowledged votes on a crash.
 * Least privilege: every login needs a scram-sha-256 password (generated into {@code <dir>.credentials},
 * mode 0600); migrations run as the owner role, the application as a role that owns nothing and may
 * not change or delete audit events (V5 grants what it may do).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "plenum_owner";
    public static final String APP = "plenum_app";
    public static final String DATABASE = "plenum";

    private static final String HBA = """
            # Written by Plenum: no login without a password, also not for the superuser.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /**
     * Starts PostgreSQL on the given data directory, creating it when empty and keeping it otherwise.
     *
     * @param port 0 for a free port
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwAway) throws IOException {
        Files.createDirectories(dataDirectory);
        StaleServer.stopIfRunning(dataDirectory);
        Path credentialsFile = credentialsFile(dataDirectory);
        boolean initialised = !throwAway && Files.exists(dataDirectory.resolve("postgresql.conf"));
        DatabaseCredentials credentials;
        if (initialised && Files.exists(credentialsFile)) {
            credentials = DatabaseCredentials.read(credentialsFile);
        } else {
            // A new cluster, or one made before Plenum used passwords (its superuser has none yet).
            credentials = DatabaseCredentials.generate();
            credentials.write(credentialsFile);
        }
        Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", credentials.superuserPassword());
        if (!initialised) {
            // zonky passes its "locale" options to initdb as --key=value: the superuser gets its password
            // and scram is required from the first start, with no window of trust.
            Files.deleteIfExists(passwordFile);
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, credentials.superuserPassword() + "\n");
            builder.setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials);
        try {
            database.prepareRoles();
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
            database.superuserStatement("postgres", "SELECT pg_reload_conf()");
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not prepare the roles of the embedded PostgreSQL", e);
        }
        LOG.infof("Embedded PostgreSQL listening on port %d, data in %s", postgres.getPort(), dataDirectory);
        return database;
    }

    /** The password file beside the data directory: {@code data/postgres} keeps it in {@code data/postgres.credentials}. */
    public static Path credentialsFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
    }

    /** Owner and app roles and the database, created once; passwords follow the credentials file. */
    private void prepareRoles() throws SQLException {
        superuserStatement("postgres",
                "ALTER ROLE " + SUPERUSER + " PASSWORD '" + literal(credentials.superuserPassword()) + "'",
                ensureRole(OWNER, credentials.ownerPassword()),
                ensureRole(APP, credentials.appPassword()));
        boolean exists;
        try (Connection c = superuser("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            exists = rs.next();
        }
        if (!exists) {
            superuserStatement("postgres",
                    "CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'",
                    "REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC",
                    "GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + APP);
        }
    }

    private static String ensureRole(String role, String password) {
        String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '" + literal(password) + "'";
        return "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "ALTER ROLE " + role + attributes + "; ELSE CREATE ROLE " + role + attributes + "; END IF; END $$";
    }

    private static String literal(String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalStateException("A generated password has unexpected characters");
        }
        return password;
    }

    private void superuserStatement(String database, String... sql) throws SQLException {
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** A superuser connection: for the operator and for tests that play the DBA, never for the application. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, credentials.superuserPassword());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public DatabaseCredentials credentials() {
        return credentials;
    }

    /** What Quarkus needs: the application as the app role, Flyway as the owner. */
    public Map<String, String> quarkusSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.datasource.jdbc.url", jdbcUrl());
        settings.put("quarkus.datasource.username", APP);
        settings.put("quarkus.datasource.password", credentials.appPassword());
        settings.put("quarkus.flyway.username", OWNER);
        settings.put("quarkus.flyway.password", credentials.ownerPassword());
        return settings;
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
