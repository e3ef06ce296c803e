package nl.plenum.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartAndSettingsAreDurable() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0, false); Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v int)");
            s.execute("INSERT INTO kept VALUES (42)");
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0, false); Connection c = connect(db); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT v FROM kept");
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }

    @Test
    void aServerLeftByAKilledJvmIsStoppedAndTheDataKept() throws Exception {
        Path data = dir.resolve("pg");
        int port = freePort();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StaleServerChild.class.getName(), data.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // wait until the child's PostgreSQL accepts connections
            }
            assertTrue(line != null, "the child JVM did not start PostgreSQL");
        }
        child.destroyForcibly(); // kill -9: no shutdown hook runs, the postmaster stays
        child.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle stale = EmbeddedDatabase.StaleServer.find(data).orElseThrow(() -> new AssertionError("expected a stale postmaster"));

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, false); Connection c = connect(db); Statement s = c.createStatement()) {
            assertFalse(stale.isAlive(), "the stale postmaster should have been stopped");
            ResultSet rs = s.executeQuery("SELECT 1");
            assertTrue(rs.next());
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return db.superuser(EmbeddedDatabase.DATABASE);
    }

    private static String show(Statement s, String setting) throws Exception {
        ResultSet rs = s.executeQuery("SHOW " + setting);
        rs.next();
        return rs.getString(1);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
