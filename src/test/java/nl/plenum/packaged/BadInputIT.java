package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and malformed requests against every operation the API documents: bad tokens, roles that
 * may not, ids that name nothing, broken bodies, unreadable headers. Each one must be a 4xx
 * problem+json, never a 500, and must leave every row of every table as it was.
 *
 * <p>Requests are drawn from a seeded random source; set {@code -Dplenum.fuzz.seed=N} to draw a failing run again,
 * and {@code -Dplenum.fuzz.tries=N} for more (or fewer) requests per kind of defect.
 */
class BadInputIT {

    static PackagedEnvironment env;
    static BadRequests bad;
    static List<ApiOperations.Operation> operations;
    static final long SEED = Long.getLong("plenum.fuzz.seed", System.nanoTime());
    static final int TRIES = Integer.getInteger("plenum.fuzz.tries", 150);

    @BeforeAll
    static void start() throws Exception {
        env = PackagedEnvironment.start("bad-input");
        Meeting meeting = env.meeting.members("BI", 2, i -> 3).assembly("ALV bad input");
        String member = MemberCodes.code("BI", 1);
        String other = MemberCodes.code("BI", 2);
        long draft = meeting.ballot("Concept?");
        long open = meeting.openBallot("Open?");
        env.api.cast(open, other, "NO", env.issuer.delegate(other)).expect(200);
        long closed = meeting.openBallot("Gesloten?");
        env.api.cast(closed, member, "YES", env.issuer.delegate(member)).expect(200);
        meeting.close(closed).expect(200);
        long published = meeting.openBallot("Gepubliceerd?");
        env.api.cast(published, member, "ABSTAIN", env.issuer.delegate(member)).expect(200);
        meeting.close(published).expect(200);
        meeting.publish(published).expect(200);

        operations = ApiOperations.of(env.api.get("/api/v1/openapi.json", null).expect(200).json()).stream()
                .filter(op -> op.path().startsWith("/api/")).toList();
        assertTrue(operations.size() >= 10, "the OpenAPI document lists the operations: " + operations);
        System.out.println("Fuzzing " + operations.size() + " operations: " + operations);
        bad = new BadRequests(env.issuer, new BadRequests.Fixture(draft, open, closed, published, meeting.resolutionId(), meeting.assemblyId(), member, other),
                operations);
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void badTokensAreRefused() throws Exception {
        fuzz("tokens", bad::badToken);
    }

    @Test
    void rolesThatMayNotAreRefused() throws Exception {
        fuzz("roles", bad::wrongRole);
    }

    @Test
    void idsThatNameNothingAreRefused() throws Exception {
        fuzz("ids", bad::badId);
    }

    @Test
    void malformedBodiesAreRefused() throws Exception {
        fuzz("bodies", bad::badBody);
    }

    @Test
    void unreadableHeadersAreRefused() throws Exception {
        fuzz("headers", bad::badHeader);
    }

    /** Sends TRIES requests of one kind; reports every one that was not refused cleanly, with the seed to draw them again. */
    static void fuzz(String kind, Function<Random, BadRequests.BadRequest> draw) throws Exception {
        long seed = SEED ^ kind.hashCode();
        Random random = new Random(seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            BadRequests.BadRequest request = draw.apply(random);
            String failure = refusedWithoutChange(request, statuses);
            if (failure != null) {
                failures.add(failure + "\n      for " + request);
            }
        }
        System.out.printf("bad %s: %d requests, statuses %s (seed %d)%n", kind, TRIES, statuses, SEED);
        assertTrue(failures.isEmpty(), failures.size() + " of " + TRIES + " bad " + kind + " were not refused cleanly (-Dplenum.fuzz.seed="
                + SEED + "):\n  " + String.join("\n  ", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** @return what went wrong, or null when the request got a 4xx problem+json and no row changed */
    static String refusedWithoutChange(BadRequests.BadRequest request, Map<Integer, Integer> statuses) throws Exception {
        Map<String, String> before = env.db.checksum();
        Api.Answer answer = env.api.send(request.method(), request.path(), request.token(), request.headers(), request.body());
        Map<String, String> after = env.db.checksum();
        statuses.merge(answer.status(), 1, Integer::sum);
        if (!before.equals(after)) {
            return "rows changed (" + answer.status() + ")";
        }
        if (answer.status() < 400 || answer.status() >= 500) {
            return "a 4xx, but got " + answer.status() + " " + abbreviate(answer.body());
        }
        if (!answer.isProblem()) {
            return "problem+json, but got " + answer.contentType() + ": " + abbreviate(answer.body());
        }
        JsonNode problem = answer.json();
        if (problem.path("status").asInt() != answer.status() || !problem.hasNonNull("title")) {
            return "a problem with status and title, but got " + abbreviate(answer.body());
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
