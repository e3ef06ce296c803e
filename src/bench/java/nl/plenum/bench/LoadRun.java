package nl.plenum.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * C clients cast one vote per member on one open ballot, as fast as the server answers (a closed loop:
 * each client sends its next vote when its previous one was answered). Bounded by count and by time.
 *
 * <p>The clients run on one Vert.x event loop over a pool of C keep-alive HTTP/1.1 connections: the load
 * generator shares the machine with the server, so it must cost as little CPU per request as it can
 * (java.net.http with a thread per client cost more CPU per vote than Plenum itself).
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

    static Result cast(URI server, long ballotId, List<String> members, List<String> tokens, int count, int clients, Duration limit)
            throws InterruptedException {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions()
                .setDefaultHost(server.getHost()).setDefaultPort(server.getPort())
                .setMaxPoolSize(clients).setKeepAlive(true).setPipelining(false));
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3); // touched only on the event loop
        CountDownLatch finished = new CountDownLatch(clients);
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        Runnable[] client = new Runnable[1];
        client[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= count || System.nanoTime() > deadline) {
                finished.countDown();
                return;
            }
            String choice = i % 10 == 0 ? "NO" : i % 17 == 0 ? "ABSTAIN" : "YES";
            long sent = System.nanoTime();
            http.request(new RequestOptions().setMethod(HttpMethod.PUT).setTimeout(30_000)
                            .setURI("/api/v1/ballots/" + ballotId + "/votes/" + members.get(i)))
                    .compose(request -> request
                            .putHeader("Authorization", "Bearer " + tokens.get(i))
                            .putHeader("Content-Type", "application/json")
                            .send(Buffer.buffer("{\"choice\":\"" + choice + "\"}"))
                            .compose(response -> response.body().map(body -> response.statusCode())))
                    .onComplete(answer -> {
                        latency.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent), latency.getHighestTrackableValue()));
                        if (answer.failed()) {
                            errors.merge(answer.cause().getClass().getSimpleName(), 1L, Long::sum);
                        } else if (answer.result() >= 200 && answer.result() < 300) {
                            ok.incrementAndGet();
                        } else {
                            errors.merge("HTTP " + answer.result(), 1L, Long::sum);
                        }
                        client[0].run();
                    });
        };
        vertx.runOnContext(ignored -> {
            for (int c = 0; c < clients; c++) {
                client[0].run();
            }
        });
        finished.await(limit.toMillis() + 60_000, TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram copy = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        CountDownLatch copied = new CountDownLatch(1);
        vertx.runOnContext(ignored -> {
            copy.add(latency);
            copied.countDown();
        });
        copied.await(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
        long answered = ok.get() + errors.values().stream().mapToLong(Long::longValue).sum();
        if (answered < count) {
            errors.merge("not sent (time limit)", count - answered, Long::sum);
        }
        return new Result(count, ok.get(), new TreeMap<>(errors), seconds, copy);
    }
}
