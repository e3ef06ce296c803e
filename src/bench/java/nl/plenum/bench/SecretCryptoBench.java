package nl.plenum.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.plenum.secrecy.BallotKeyPair;
import nl.plenum.secrecy.Ciphertext;
import nl.plenum.secrecy.EncryptedVote;
import nl.plenum.secrecy.ScalarSource;
import nl.plenum.secrecy.SecretCount;
import nl.plenum.secrecy.StoredVote;
import nl.plenum.secrecy.Tracker;
import nl.plenum.secrecy.VoteEncryption;

/**
 * The cryptography of secret ballots without server or database: encrypt+prove per vote (one thread and
 * all cores), a full verification per vote, and the close of a 100,000-vote ballot from its stored form
 * (decode, tracker check, weighted and plain aggregates, three plus three proved decryptions).
 * Prints, never asserts. Run: {@code ./mvnw -B -Pbench verify -Dbench.main=nl.plenum.bench.SecretCryptoBench}
 * or with the test classpath: {@code java -cp … nl.plenum.bench.SecretCryptoBench [votes]}.
 */
public final class SecretCryptoBench {

    public static void main(String[] args) throws Exception {
        int closeVotes = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("bench.secret-close-votes", 100_000);
        int cores = Runtime.getRuntime().availableProcessors();
        ScalarSource random = ScalarSource.secure();
        BallotKeyPair key = BallotKeyPair.generate(random);
        long ballot = 1;
        out("Secret ballot cryptography: P-256, 3 options, %d cores, Java %s", cores, System.getProperty("java.version"));

        // warm-up: the JIT and the combs (G's and the ballot key's)
        for (int i = 0; i < 3000; i++) {
            VoteEncryption.encrypt(ballot, key.publicKey(), 3, i % 3, random);
        }
        int n = 3000;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        EncryptedVote last = null;
        for (int i = 0; i < n; i++) {
            last = VoteEncryption.encrypt(ballot, key.publicKey(), 3, i % 3, random);
        }
        double encryptMs = (System.nanoTime() - t) / 1e6 / n;
        double encryptCpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        out("load average %s (other work on the machine slows the wall-clock figures; CPU time is what a vote costs)", loadAverage());
        out("encrypt + prove, one thread       %.3f ms/vote wall, %.3f ms CPU (23 fixed-base multiplications) = %,.0f votes/s per idle core",
                encryptMs, encryptCpuMs, 1000 / encryptCpuMs);

        ExecutorService pool = Executors.newFixedThreadPool(cores);
        int parallelVotes = 6000;
        t = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < parallelVotes / cores; i++) {
                    VoteEncryption.encrypt(ballot, key.publicKey(), 3, i % 3, random);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double parallelSeconds = (System.nanoTime() - t) / 1e9;
        out("encrypt + prove, %d threads        %,.0f votes/s", cores, parallelVotes / parallelSeconds);

        int verifyVotes = 500;
        cpu = threads.getCurrentThreadCpuTime();
        t = System.nanoTime();
        for (int i = 0; i < verifyVotes; i++) {
            if (!VoteEncryption.verify(ballot, key.publicKey(), 3, last)) {
                throw new IllegalStateException("own vote does not verify");
            }
        }
        out("verify one vote (board check)     %.3f ms/vote wall, %.3f ms CPU", (System.nanoTime() - t) / 1e6 / verifyVotes,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / verifyVotes);

        // a closed ballot as the database holds it: stored bytes and a weight per vote
        out("");
        // distinct votes are costly to make on a busy machine and the close does the same work for copies:
        // 2,000 distinct encrypted votes, repeated (each copy decoded, tracker-checked and added on its own)
        int distinct = Math.min(closeVotes, Integer.getInteger("bench.secret-distinct-votes", 2_000));
        out("making %,d distinct stored votes on %d threads, cycled to %,d ...", distinct, cores, closeVotes);
        Random weights = new Random(13);
        int[] weight = IntStream.range(0, closeVotes).map(i -> 1 + weights.nextInt(weights.nextInt(10) == 0 ? 100 : 14)).toArray();
        t = System.nanoTime();
        byte[][] stored = new byte[closeVotes][];
        String[] trackers = new String[closeVotes];
        List<Future<?>> made = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            int part = c;
            made.add(pool.submit(() -> {
                for (int i = part; i < distinct; i += cores) {
                    EncryptedVote v = VoteEncryption.encrypt(ballot, key.publicKey(), 3, i % 3, random);
                    stored[i] = StoredVote.ciphertexts(v);
                    trackers[i] = v.tracker(ballot);
                }
            }));
        }
        for (Future<?> f : made) {
            f.get();
        }
        for (int i = distinct; i < closeVotes; i++) {
            stored[i] = stored[i % distinct];
            trackers[i] = trackers[i % distinct];
        }
        out("  made in %.1f s", (System.nanoTime() - t) / 1e9);
        long entitledWeight = Arrays.stream(weight).asLongStream().sum();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= 3; round++) {
            long processCpu = os.getProcessCpuTime();
            t = System.nanoTime();
            int parts = cores;
            List<SecretCount> partial = IntStream.range(0, parts).parallel().mapToObj(part -> {
                SecretCount count = new SecretCount(3);
                for (int i = part; i < closeVotes; i += parts) {
                    List<Ciphertext> cts = StoredVote.ciphertexts(stored[i]);
                    if (!Tracker.of(ballot, cts).equals(trackers[i])) {
                        throw new IllegalStateException("tracker");
                    }
                    count.add(weight[i], cts);
                }
                return count;
            }).toList();
            SecretCount all = new SecretCount(3);
            partial.forEach(all::merge);
            long summed = System.nanoTime();
            SecretCount.Result result = all.decrypt(ballot, key, entitledWeight, closeVotes, random);
            long decrypted = System.nanoTime();
            out("close of %,d secret votes, round %d: %.2f s wall, %.2f s CPU on %d threads (decode + trackers + aggregates %.2f s, 6 proved decryptions %.2f s), totals %s",
                    closeVotes, round, (decrypted - t) / 1e9, (os.getProcessCpuTime() - processCpu) / 1e9, cores, (summed - t) / 1e9, (decrypted - summed) / 1e9,
                    result.weights().stream().map(SecretCount.ProvedTotal::total).toList());
        }
        pool.shutdown();
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
