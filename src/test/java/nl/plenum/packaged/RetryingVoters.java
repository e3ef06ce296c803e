package nl.plenum.packaged;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Clients that vote the way a careful voting app does: a vote that got no answer, or a 503, is sent
 * again unchanged until it is acknowledged, refused (409: the ballot closed) or time runs out.
 * Remembers every answer, so a test can compare what clients were told with what was stored.
 */
public final class RetryingVoters {

    /** One request and what came of it; status -1 means no answer (connection refused, reset, timeout). */
    public record Attempt(String member, int round, int status, boolean problemJson, long atNanos) {
    }

    private final Api api;
    private final long ballotId;
    private final List<String> members;
    private final LocalIssuer issuer;
    private final int rounds;
    private final BiFunction<Integer, Integer, String> choice;
    private final long deadline;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    /** member → receipt of the last vote acknowledged with 2xx */
    public final Map<String, String> lastReceipt = new ConcurrentHashMap<>();
    /** member → choice of the last vote acknowledged with 2xx */
    public final Map<String, String> lastChoice = new ConcurrentHashMap<>();
    public final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param rounds how many votes each member casts one after another (later ones are changes)
     * @param choice (member index, round) → YES, NO or ABSTAIN
     */
    public RetryingVoters(Api api, LocalIssuer issuer, long ballotId, List<String> members, int rounds,
            BiFunction<Integer, Integer, String> choice, Duration limit) {
        this.api = api;
        this.issuer = issuer;
        this.ballotId = ballotId;
        this.members = members;
        this.rounds = rounds;
        this.choice = choice;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    public RetryingVoters start(int clients) {
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(this::work, "retrying-voter-" + t);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void work() {
        int i;
        while ((i = next.getAndIncrement()) < members.size()) {
            String member = members.get(i);
            String token = issuer.delegate(member);
            for (int round = 0; round < rounds; round++) {
                if (!castUntilAnswered(member, token, round, choice.apply(i, round))) {
                    break;
                }
            }
        }
    }

    /** @return true when acknowledged, false when refused or out of time */
    private boolean castUntilAnswered(String member, String token, int round, String vote) {
        while (System.nanoTime() < deadline) {
            Api.Answer answer;
            try {
                answer = api.cast(ballotId, member, vote, token);
            } catch (IOException e) {
                attempts.add(new Attempt(member, round, -1, false, System.nanoTime()));
                pause(100);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            attempts.add(new Attempt(member, round, answer.status(), answer.isProblem(), System.nanoTime()));
            if (answer.ok()) {
                lastReceipt.put(member, answer.json().path("receipt").asText());
                lastChoice.put(member, vote);
                acknowledged.incrementAndGet();
                return true;
            }
            if (answer.status() >= 500) {
                pause(100); // the server said: send it again
                continue;
            }
            return false; // 4xx: refused, e.g. 409 once the ballot is closed
        }
        return false;
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until at least {@code count} votes were acknowledged. */
    public void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (acknowledged.get() < count) {
            if (System.nanoTime() > until || threads.stream().noneMatch(Thread::isAlive)) {
                throw new AssertionError("only " + acknowledged.get() + " of " + count + " votes acknowledged in time");
            }
            Thread.sleep(20);
        }
    }

    public void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000 + 30_000));
        }
    }

    public long count(java.util.function.Predicate<Attempt> which) {
        return attempts.stream().filter(which).count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
