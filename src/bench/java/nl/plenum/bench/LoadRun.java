package nl.plenum.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.plenum.packaged.Api;
import org.HdrHistogram.Histogram;

/**
 * C clients cast one vote per member on one open ballot, as fast as the server answers (a closed loop:
 * each client sends its next vote when the previous one was answered). Bounded by count and by time.
 */
final class LoadRun {

    record Result(int votes, long ok, Map<String, Long> errors, double seconds, Histogram latencyMicros) {
        double votesPerSecond() {
            return ok / seconds;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LoadRun() {
    }

    static Result cast(Api api, long ballotId, List<String> members, List<String> tokens, int count, int clients, Duration limit)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + limit.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            histograms.add(histogram);
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    String choice = i % 10 == 0 ? "NO" : i % 17 == 0 ? "ABSTAIN" : "YES";
                    long sent = System.nanoTime();
                    try {
                        Api.Answer answer = api.cast(ballotId, members.get(i), choice, tokens.get(i));
                        histogram.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent), histogram.getHighestTrackableValue()));
                        if (answer.ok()) {
                            ok.incrementAndGet();
                        } else {
                            errors.merge("HTTP " + answer.status(), 1L, Long::sum);
                        }
                    } catch (IOException e) {
                        errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "voter-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(limit.toMillis() + 60_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        histograms.forEach(all::add);
        int unsent = Math.max(0, count - Math.min(next.get(), count));
        if (unsent > 0) {
            errors.merge("not sent (time limit)", (long) unsent, Long::sum);
        }
        return new Result(count, ok.get(), new TreeMap<>(errors), seconds, all);
    }
}
