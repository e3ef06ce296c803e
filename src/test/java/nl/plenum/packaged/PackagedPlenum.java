package nl.plenum.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Plenum as it ships: {@code java -jar target/quarkus-app/quarkus-run.jar} in a child process, on a
 * fixed loopback port so that a restart after {@code kill -9} comes back where the clients look.
 */
public final class PackagedPlenum implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Path jar;
    private final int port;
    private final List<String> settings;
    private final Path log;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;
    private final int managementPort;

    /**
     * @param settings extra {@code -D...} options, e.g. the database URL and the OIDC provider
     */
    public PackagedPlenum(String name, List<String> settings) throws IOException {
        this.jar = Path.of(System.getProperty("plenum.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the application first (./mvnw package)");
        }
        this.port = freePort();
        this.managementPort = freePort();
        this.settings = List.copyOf(settings);
        this.log = jar.getParent().getParent().resolve("packaged-logs").resolve(name + ".log");
        Files.createDirectories(log.getParent());
    }

    /** The usual settings for a Plenum that uses the given database and trusts the given provider. */
    public static List<String> settings(nl.plenum.database.EmbeddedDatabase database, LocalIssuer issuer, String... more) {
        List<String> all = new ArrayList<>();
        // As in production: the application as the app role, the migrations as the owner.
        database.quarkusSettings().forEach((key, value) -> all.add("-D" + key + "=" + value));
        // As in production, a key file made beforehand: the production profile never makes one itself.
        all.add("-Dplenum.audit.signing-key-file=" + auditKey());
        all.add("-Dquarkus.rest-csrf.token-signature-key=packaged-test-csrf-signing-key-0123456789abcdef");
        all.addAll(issuer.plenumSettings());
        // the prod profile refuses published or short secrets: each run gets its own
        all.add("-Dquarkus.oidc.credentials.secret=" + randomSecret());
        all.add("-Dquarkus.oidc.token-state-manager.encryption-secret=" + randomSecret());
        all.addAll(List.of(more));
        return all;
    }

    /** The audit signing key the packaged runs share; tests that play the DBA read it to forge nothing but what the app would sign. */
    public static Path auditKey() {
        Path key = Path.of("target", "packaged-audit-signing-key.pem").toAbsolutePath();
        try {
            if (!Files.exists(key)) {
                nl.plenum.audit.AuditKey.writeNewKey(key);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not make the audit signing key " + key, e);
        }
        return key;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the jar and waits until {@code /q/health/ready} says UP. */
    public PackagedPlenum start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs());
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(settings);
        command.add("-jar");
        command.add(jar.toString());
        starts++;
        Files.writeString(log, "\n===== start " + starts + ": " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady(STARTUP);
        return this;
    }

    private static List<String> jvmArgs() {
        String args = System.getProperty("bench.app-jvm-args", "-Xmx512m").trim();
        return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Plenum exited with " + process.exitValue() + "; see " + log);
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Plenum was not ready within " + timeout + "; see " + log);
    }

    /** The status of {@code /q/health/ready}, or -1 when nothing answers. */
    public int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Plenum survived SIGKILL");
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the server process in KiB, from /proc (VmRSS, or VmHWM for the peak). */
    public long memoryKib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** CPU time the server process has used so far (user + system), in milliseconds. */
    public long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15 of stat)
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /**
     * Starts the jar and waits for it to exit by itself (a refused start); returns the exit code.
     * Fails when it is still running after the timeout.
     */
    public int exitCode(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs());
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(settings);
        command.add("-jar");
        command.add(jar.toString());
        Files.writeString(log, "\n===== run until exit: " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("Plenum was still running after " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
