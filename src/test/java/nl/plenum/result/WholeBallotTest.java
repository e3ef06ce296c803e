package nl.plenum.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.plenum.Ballots;
import nl.plenum.Dba;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** A ballot the statistics do not know yet is still read with hash joins, not a nested loop per member. */
@QuarkusTest
class WholeBallotTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Dba dba;

    @Inject
    EntityManager em;

    @Test
    void aFreshBallotIsNotReadByNestedLoops() {
        fixtures.deactivateAllMembers();
        String prefix = Fixtures.uniqueCode("WB");
        fixtures.update("INSERT INTO member (code, name, inhabitants, weight, weight_explicit) "
                + "SELECT ? || g, 'Gemeente ' || g, 0, 1 + g % 5, true FROM generate_series(1, 3000) g", prefix);
        long resolution = fixtures.resolution(fixtures.assembly());
        long ballot = Ballots.draft(resolution, "{\"question\":\"Q\"}");
        // statistics taken before this ballot's rows exist: what the planner knows right after a burst of votes
        dba.update("ANALYZE entitlement, participation, vote");
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/opening", ballot).then().statusCode(200);
        fixtures.update("INSERT INTO participation (ballot_id, member_id, cast_by) SELECT ballot_id, member_id, member_id FROM entitlement WHERE ballot_id = ?", ballot);
        fixtures.update("""
                INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight)
                SELECT ballot_id, encode(sha256(convert_to(ballot_id || ':' || member_id, 'UTF8')), 'hex'), member_id, 'YES', weight
                FROM entitlement WHERE ballot_id = ?""", ballot);

        String unguided = plan(ballot, false);
        String guided = plan(ballot, true);
        System.out.println("roll-call plan without the hint " + (unguided.contains("Nested Loop") ? "uses" : "does not use") + " nested loops");
        assertFalse(guided.contains("Nested Loop"), guided);

        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/ballots/{id}/turnout", ballot).then().statusCode(200)
                .body("votedMembers", equalTo(3000));

        // the rows written past the application (and its audit trail) go again, so the audit of the others still verifies
        fixtures.update("DELETE FROM vote WHERE ballot_id = ?", ballot);
        fixtures.update("DELETE FROM participation WHERE ballot_id = ?", ballot);
        nl.plenum.Ballots.cancel(ballot, "rows written past the application");
    }

    private String plan(long ballot, boolean wholeBallot) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (wholeBallot) {
                WholeBallot.planForWholeBallot(em);
            }
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("EXPLAIN " + WholeBallot.ROLL_CALL.replace("?1", Long.toString(ballot))).getResultList();
            return String.join("\n", lines);
        });
    }
}
