package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and malformed requests against every operation the API documents: bad tokens, roles that
 * may not, ids that name nothing, broken bodies, unreadable headers. Each one must be a 4xx
 * problem+json, never a 500, and must leave every row of every table as it was.
 */
class BadInputIT {

    static PackagedEnvironment env;
    static BadRequests bad;
    static List<ApiOperations.Operation> operations;

    @BeforeContainer
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

    @AfterContainer
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @Property(tries = 150)
    void badTokensAreRefused(@ForAll("badTokens") BadRequests.BadRequest request) throws Exception {
        assertRefusedWithoutChange(request);
    }

    @Property(tries = 150)
    void rolesThatMayNotAreRefused(@ForAll("wrongRoles") BadRequests.BadRequest request) throws Exception {
        assertRefusedWithoutChange(request);
    }

    @Property(tries = 150)
    void idsThatNameNothingAreRefused(@ForAll("badIds") BadRequests.BadRequest request) throws Exception {
        assertRefusedWithoutChange(request);
    }

    @Property(tries = 150)
    void malformedBodiesAreRefused(@ForAll("badBodies") BadRequests.BadRequest request) throws Exception {
        assertRefusedWithoutChange(request);
    }

    @Property(tries = 100)
    void unreadableHeadersAreRefused(@ForAll("badHeaders") BadRequests.BadRequest request) throws Exception {
        assertRefusedWithoutChange(request);
    }

    static void assertRefusedWithoutChange(BadRequests.BadRequest request) throws Exception {
        Map<String, String> before = env.db.checksum();
        Api.Answer answer = env.api.send(request.method(), request.path(), request.token(), request.headers(), request.body());
        Map<String, String> after = env.db.checksum();
        Statistics.label("status").collect(answer.status());
        Statistics.label("defect").collect(request.defect().replaceAll(" \\(.*|:.*", ""));

        assertTrue(answer.status() >= 400 && answer.status() < 500, () -> "a 4xx, but got " + answer.status() + " " + answer.body());
        assertTrue(answer.isProblem(), () -> "problem+json, but got " + answer.contentType() + ": " + answer.body());
        JsonNode problem = answer.json();
        assertEquals(answer.status(), problem.path("status").asInt(), "the problem names the status");
        assertTrue(problem.hasNonNull("title"), "the problem has a title");
        assertEquals(before, after, "no row changed");
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> badTokens() {
        return bad.badTokens();
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> wrongRoles() {
        return bad.wrongRoles();
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> badIds() {
        return bad.badIds();
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> badBodies() {
        return bad.badBodies();
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> badHeaders() {
        return bad.badHeaders();
    }
}
