package nl.plenum.result;

import jakarta.persistence.EntityManager;

/**
 * Queries that read every row of one ballot (roll-call, turnout). Right after a burst of votes the
 * planner's statistics still say a new ballot has about one row, and it then joins ten thousand
 * entitlements to the votes by nested loops that rescan the ballot for every member: 25 s instead of
 * 30 ms in the benchmark. For a whole ballot hash joins are always right, so say so for this
 * transaction only.
 */
final class WholeBallot {

    static final String ROLL_CALL = """
            SELECT m.code, m.name, e.weight, v.choice, actor.code, actor.name
            FROM entitlement e
            JOIN member m ON m.id = e.member_id
            LEFT JOIN vote v ON v.ballot_id = e.ballot_id AND v.member_id = e.member_id
            LEFT JOIN participation p ON p.ballot_id = e.ballot_id AND p.member_id = e.member_id
            LEFT JOIN member actor ON actor.id = p.cast_by
            WHERE e.ballot_id = ?1 ORDER BY m.name, m.code""";

    private WholeBallot() {
    }

    /** Must run inside the transaction of the queries it is for. */
    static void planForWholeBallot(EntityManager em) {
        em.createNativeQuery("SELECT set_config('enable_nestloop', 'off', true)").getSingleResult();
    }
}
