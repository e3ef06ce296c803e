package nl.plenum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plenum.packaged.Database;

/**
 * The reference limit: what PostgreSQL itself commits per second on this machine when each
 * transaction is one durable one-row vote upsert ({@code pgbench -c 8 -j 2 -T 20}).
 */
final class PgBench {

    static final String INSTALL_HINT = "apt-get install -y postgresql-15   (Debian 12: pgbench is in the server package; "
            + "the embedded zonky binaries have no pgbench)";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    /** pgbench from PATH or Debian's versioned directories. */
    static Optional<Path> locate() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "pgbench");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).sorted().reduce((a, b) -> b);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    record Result(double tps, String output) {
    }

    static Result run(Path pgbench, Database database, int port, String password, int members, int seconds) throws Exception {
        database.update("DROP TABLE IF EXISTS bench_vote");
        database.update("CREATE TABLE bench_vote (ballot_id bigint NOT NULL, member_id bigint NOT NULL, choice text NOT NULL, "
                + "cast_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (ballot_id, member_id))");
        Path script = Files.createTempFile("plenum-pgbench", ".sql");
        Files.writeString(script, """
                \\set member random(1, :members)
                \\set pick random(0, 2)
                INSERT INTO bench_vote (ballot_id, member_id, choice) VALUES (1, :member, (ARRAY['YES','NO','ABSTAIN'])[:pick + 1])
                  ON CONFLICT (ballot_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, cast_at = now();
                """);
        List<String> command = List.of(pgbench.toString(), "-n", "-c", "8", "-j", "2", "-T", String.valueOf(seconds),
                "-D", "members=" + members, "-f", script.toString(),
                "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "postgres");
        // every login has a scram password since least privilege; without it pgbench would wait for a prompt
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish");
        }
        database.update("DROP TABLE bench_vote");
        Files.deleteIfExists(script);
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return new Result(Double.parseDouble(m.group(1)), output);
    }
}
