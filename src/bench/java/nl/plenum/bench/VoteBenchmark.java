package nl.plenum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.plenum.database.EmbeddedDatabase;
import nl.plenum.packaged.Api;
import nl.plenum.packaged.Database;
import nl.plenum.packaged.LocalIssuer;
import nl.plenum.packaged.MemberCodes;
import nl.plenum.packaged.Meeting;
import nl.plenum.packaged.PackagedPlenum;
import org.HdrHistogram.Histogram;

/**
 * Plenum's vote benchmark: the packaged application against a real, durable PostgreSQL, delegates
 * with real signed tokens, C concurrent clients casting one vote per member; then close, tally,
 * result page, a million stored votes, and pgbench as the reference limit of the same machine.
 *
 * <p>Run: {@code ./mvnw -B -Pbench verify -Dbench.members=10000 -Dbench.clients=64} (docs/PERFORMANCE.md).
 */
public final class VoteBenchmark {

    private static final String PREFIX = "BM";

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("bench.members", 10_000);
        int clients = Integer.getInteger("bench.clients", 64);
        int runs = Integer.getInteger("bench.runs", 3);
        boolean million = Boolean.parseBoolean(System.getProperty("bench.million", "true"));
        boolean pgbench = Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"));
        int pgbenchSeconds = Integer.getInteger("bench.pgbench-seconds", 20);
        Duration runLimit = Duration.ofSeconds(Integer.getInteger("bench.run-seconds", 600));
        if (members < 1 || members > 1_000_000 || clients < 1 || clients > 1024 || runs < 1 || runs > 10) {
            throw new IllegalArgumentException("bench.members 1..1000000, bench.clients 1..1024, bench.runs 1..10");
        }

        Path dataDir = Path.of("target", "bench-postgres").toAbsolutePath();
        if (Boolean.parseBoolean(System.getProperty("bench.profile", "false"))) {
            // JFR with stack sampling on the server; read it with: jfr print --events jdk.ExecutionSample target/bench-plenum.jfr
            System.setProperty("bench.app-jvm-args", System.getProperty("bench.app-jvm-args", "") + " -XX:StartFlightRecording=filename="
                    + Path.of("target", "bench-plenum.jfr").toAbsolutePath() + ",settings=profile,dumponexit=true");
        }
        out("Plenum vote benchmark: %,d members, %d clients, %d runs, %d cores, Java %s, load average before start: %s", members, clients, runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir, 0, true);
                LocalIssuer issuer = new LocalIssuer();
                PackagedPlenum plenum = new PackagedPlenum("bench", PackagedPlenum.settings(postgres, issuer,
                        "-Dplenum.secrecy.key=" + java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32))))) {
            Database db = new Database(postgres);
            long started = System.nanoTime();
            plenum.start();
            out("Plenum started (pid %d) in %.1f s; log: %s", plenum.pid(), (System.nanoTime() - started) / 1e9, plenum.log());
            out("PostgreSQL %s on port %d, fsync=%s synchronous_commit=%s", db.rows("SHOW server_version").get(0).values().iterator().next(),
                    postgres.port(), setting(db, "fsync"), setting(db, "synchronous_commit"));

            Api api = new Api(plenum.uri(), Duration.ofSeconds(30));
            Meeting meeting = new Meeting(api, db, issuer);
            long t = System.nanoTime();
            meeting.members(PREFIX, members, i -> 1 + (i * 7919) % 14);
            meeting.assembly("Benchmark ALV");
            out("%,d members created via %s, agenda via %s in %.1f s", members, meeting.membersVia(), meeting.agendaVia(), (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            List<String> codes = IntStream.rangeClosed(1, members).mapToObj(i -> MemberCodes.code(PREFIX, i)).toList();
            List<String> tokens = codes.parallelStream().map(issuer::delegate).toList();
            out("%,d delegate tokens signed (RS256) in %.1f s", members, (System.nanoTime() - t) / 1e9);

            // Warm-up, not counted: the JIT needs tens of thousands of requests before the server's CPU per vote settles
            // (measured: 0.8 ms after 10,000 votes, 0.24 ms after 100,000), so rounds of N votes until bench.warmup-votes.
            int warmupVotes = Integer.getInteger("bench.warmup-votes", 60_000);
            int warmed = 0;
            long warmStart = System.nanoTime();
            for (int round = 1; warmed < warmupVotes; round++) {
                long warmBallot = meeting.openBallot("Opwarmen " + round);
                LoadRun.Result warmUp = LoadRun.cast(plenum.uri(), warmBallot, codes, tokens, members, clients, runLimit);
                meeting.close(warmBallot).expect(200);
                warmed += members;
                if (warmUp.errorCount() > 0) {
                    out("warm-up round %d errors: %s", round, warmUp.errors());
                }
            }
            out("warm-up: %,d votes in %.0f s, not counted", warmed, (System.nanoTime() - warmStart) / 1e9);

            List<LoadRun.Result> results = new ArrayList<>();
            List<double[]> closing = new ArrayList<>();
            List<double[]> cpuPerVotes = new ArrayList<>();
            long postmaster = CpuTime.postmaster(dataDir);
            out("");
            out("run | votes/s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU ms/vote | open ms | close+tally ms | results API ms | results page ms");
            for (int run = 1; run <= runs; run++) {
                long ballot = meeting.ballot("Stemt u in met voorstel " + run + "?");
                long o = System.nanoTime();
                meeting.open(ballot);
                double openMs = ms(o);
                long cpu = plenum.cpuMillis();
                long pgCpu = CpuTime.millis(postmaster);
                long clientCpu = CpuTime.own(ProcessHandle.current().pid());
                LoadRun.Result r = LoadRun.cast(plenum.uri(), ballot, codes, tokens, members, clients, runLimit);
                double votes = Math.max(1, r.ok());
                double cpuPerVote = (plenum.cpuMillis() - cpu) / votes;
                cpuPerVotes.add(new double[] {cpuPerVote, (CpuTime.millis(postmaster) - pgCpu) / votes,
                        (CpuTime.own(ProcessHandle.current().pid()) - clientCpu) / votes});
                long c = System.nanoTime();
                meeting.close(ballot).expect(200);
                double closeMs = ms(c);
                long q = System.nanoTime();
                var tally = meeting.results(ballot).path("tally");
                double resultsMs = ms(q);
                if (tally.path("votedMembers").asLong() != r.ok()) {
                    out("!! tally counts %d voted members but %d votes were acknowledged", tally.path("votedMembers").asLong(), r.ok());
                }
                meeting.publish(ballot).expect(200);
                long p = System.nanoTime();
                Api.Answer page = api.get("/results/" + ballot, null);
                double pageMs = page.status() == 200 ? ms(p) : Double.NaN;
                results.add(r);
                closing.add(new double[] {closeMs, resultsMs, pageMs});
                Histogram h = r.latencyMicros();
                out("%3d | %7.0f | %6.1f | %6.1f | %6.1f | %6.1f | %6d | %18.2f | %7.0f | %14.0f | %14.1f | %s", run, r.votesPerSecond(),
                        h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(95) / 1e3, h.getValueAtPercentile(99) / 1e3,
                        h.getMaxValue() / 1e3, r.errorCount(), cpuPerVote, openMs, closeMs, resultsMs,
                        page.status() == 200 ? String.format(Locale.ROOT, "%.1f", pageMs) : "HTTP " + page.status());
                if (r.errorCount() > 0) {
                    out("    errors: %s", r.errors());
                }
            }
            // the same load on SECRET ballots: every choice encrypted with its proofs, counted homomorphically at close
            int secretRuns = Integer.getInteger("bench.secret-runs", 1);
            List<LoadRun.Result> secretResults = new ArrayList<>();
            List<Double> secretCloses = new ArrayList<>();
            for (int run = 1; run <= secretRuns; run++) {
                long ballot = meeting.ballot("Geheime stemming " + run + "?", "SECRET");
                meeting.open(ballot).expect(200);
                long cpu = plenum.cpuMillis();
                LoadRun.Result r = LoadRun.cast(plenum.uri(), ballot, codes, tokens, members, clients, runLimit);
                double cpuPerVote = (plenum.cpuMillis() - cpu) / Math.max(1.0, r.ok());
                long c = System.nanoTime();
                meeting.close(ballot).expect(200);
                double closeMs = ms(c);
                var tally = meeting.results(ballot).path("tally");
                if (tally.path("votedMembers").asLong() != r.ok()) {
                    out("!! secret tally counts %d voted members but %d votes were acknowledged", tally.path("votedMembers").asLong(), r.ok());
                }
                secretResults.add(r);
                secretCloses.add(closeMs);
                Histogram h = r.latencyMicros();
                out("secret %d | %7.0f votes/s | p50 %.1f | p95 %.1f | p99 %.1f | max %.1f ms | errors %d | server CPU %.2f ms/vote | close+decrypt %.0f ms",
                        run, r.votesPerSecond(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(95) / 1e3,
                        h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3, r.errorCount(), cpuPerVote, closeMs);
                if (r.errorCount() > 0) {
                    out("    errors: %s", r.errors());
                }
            }
            long rss = plenum.memoryKib("VmRSS");
            long peak = plenum.memoryKib("VmHWM");

            LoadRun.Result median = results.stream().sorted(Comparator.comparingDouble(LoadRun.Result::votesPerSecond)).toList().get(results.size() / 2);
            Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            results.forEach(r -> all.add(r.latencyMicros()));
            double[] closeMedian = medians(closing);
            double[] cpu = medians(cpuPerVotes);

            Optional<PgBench.Result> reference = Optional.empty();
            if (pgbench) {
                Optional<Path> binary = PgBench.locate();
                if (binary.isEmpty()) {
                    out("pgbench not found; install it with: %s", PgBench.INSTALL_HINT);
                } else {
                    out("");
                    out("pgbench reference (%s): one-row upsert per transaction, -c 8 -j 2 -T %d ...", binary.get(), pgbenchSeconds);
                    reference = Optional.of(PgBench.run(binary.get(), db, postgres.port(), postgres.credentials().superuserPassword(), members, pgbenchSeconds));
                }
            }

            Optional<MillionVotes.Result> big = Optional.empty();
            if (million) {
                out("");
                out("loading 1,000,000 votes with generate_series ...");
                big = Optional.of(MillionVotes.run(db, meeting, 1_000_000));
            }

            out("");
            out("==================== Plenum vote benchmark ====================");
            out("members %,d, clients %d, runs %d, cores %d, load average now: %s", members, clients, runs,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            out("votes/s (median of %d runs)          %,.0f", runs, median.votesPerSecond());
            out("latency all runs p50/p95/p99/max     %.1f / %.1f / %.1f / %.1f ms", all.getValueAtPercentile(50) / 1e3,
                    all.getValueAtPercentile(95) / 1e3, all.getValueAtPercentile(99) / 1e3, all.getMaxValue() / 1e3);
            out("errors (all runs)                    %d", results.stream().mapToLong(LoadRun.Result::errorCount).sum());
            if (!secretResults.isEmpty()) {
                LoadRun.Result secretMedian = secretResults.stream().sorted(Comparator.comparingDouble(LoadRun.Result::votesPerSecond))
                        .toList().get(secretResults.size() / 2);
                Histogram secretAll = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                secretResults.forEach(r -> secretAll.add(r.latencyMicros()));
                double secretP99 = secretAll.getValueAtPercentile(99) / 1e3;
                out("SECRET votes/s (median of %d runs)   %,.0f   (target >= 300) %s   beside OPEN %,.0f", secretResults.size(),
                        secretMedian.votesPerSecond(), secretMedian.votesPerSecond() >= 300 ? "met" : "NOT met", median.votesPerSecond());
                out("SECRET latency p50/p99               %.1f / %.1f ms   beside OPEN %.1f / %.1f ms", secretAll.getValueAtPercentile(50) / 1e3,
                        secretP99, all.getValueAtPercentile(50) / 1e3, all.getValueAtPercentile(99) / 1e3);
                out("SECRET close + proved decryption     %.0f ms for %,d votes (100,000: see SecretCryptoBench)",
                        secretCloses.stream().sorted().toList().get(secretCloses.size() / 2), members);
            }
            out("close + tally (median)               %.0f ms for %,d votes", closeMedian[0], members);
            out("results API (median)                 %.1f ms", closeMedian[1]);
            out("public results page (median)         %s", Double.isNaN(closeMedian[2]) ? "not served by this build" : String.format(Locale.ROOT, "%.1f ms", closeMedian[2]));
            out("server RSS after load / peak         %,d MiB / %,d MiB", rss / 1024, peak / 1024);
            double perVote = cpu[0] + cpu[1] + cpu[2];
            out("CPU ms per vote (median)             Plenum %.2f + PostgreSQL %.2f + load generator %.2f = %.2f -> at most %,.0f votes/s on %d idle cores",
                    cpu[0], cpu[1], cpu[2], perVote, Runtime.getRuntime().availableProcessors() * 1000 / perVote,
                    Runtime.getRuntime().availableProcessors());
            if (reference.isPresent()) {
                double ratio = median.votesPerSecond() / reference.get().tps();
                out("pgbench tps (-c 8 -j 2 -T %d)        %,.0f", pgbenchSeconds, reference.get().tps());
                out("ratio Plenum votes/s / pgbench tps   %.2f   (target >= 0.70) %s", ratio, ratio >= 0.7 ? "met" : "NOT met");
            }
            double p99 = all.getValueAtPercentile(99) / 1e3;
            out("p99 at %d clients                    %.1f ms (target < 50 ms) %s", clients, p99, p99 < 50 ? "met" : "NOT met");
            big.ifPresent(b -> {
                out("1,000,000 stored votes: tally SQL    %.1f ms median (first %.1f ms) (target < 200 ms) %s", b.tallySqlMedianMs(),
                        b.tallySqlFirstMs(), b.tallySqlMedianMs() < 200 ? "met" : "NOT met");
                out("1,000,000 stored votes: close (API)  %.0f ms (tally + votes digest + audit event)", b.closeMs());
                out("1,000,000 entitlements: open (API)   %.0f ms;  results API afterwards %.1f ms;  bulk load %.1f s",
                        b.openMs(), b.resultsMs(), b.loadSeconds());
                out("1,000,000 stored votes: recount SQL  %.0f ms median (what audit verify runs: every entitlement and vote)", b.recountMs());
                out("tally plan:%n%s", b.plan());
            });
        }
    }

    /** Other work on the machine distorts every figure: print it beside them. */
    private static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String setting(Database db, String name) throws Exception {
        return String.valueOf(db.rows("SHOW " + name).get(0).values().iterator().next());
    }

    private static double[] medians(List<double[]> rows) {
        double[] medians = new double[rows.get(0).length];
        for (int i = 0; i < medians.length; i++) {
            int column = i;
            List<Double> values = rows.stream().map(r -> r[column]).sorted().toList();
            medians[i] = values.get(values.size() / 2);
        }
        return medians;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
