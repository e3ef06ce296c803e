package nl.plenum.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.plenum.packaged.Database;
import nl.plenum.packaged.Meeting;

/**
 * A ballot with a million stored votes, bulk-loaded with generate_series straight into the
 * entitlement, participation and vote tables, then counted: the SQL of the tally alone, and the
 * chair's close through the API (tally, digests, audit event).
 */
final class MillionVotes {

    record Result(int votes, double openMs, double loadSeconds, double tallySqlMedianMs, double tallySqlFirstMs,
            double closeMs, double resultsMs, String plan, double recountMs) {
    }

    private MillionVotes() {
    }

    static Result run(Database db, Meeting meeting, int votes) throws Exception {
        db.update("UPDATE member SET active = false WHERE active");
        db.update("""
                INSERT INTO member (code, name, inhabitants, weight, weight_explicit)
                SELECT 'MV' || lpad(g::text, 7, '0'), 'Gemeente MV' || g, g, 1 + g % 14, true FROM generate_series(1, ?) g""", votes);
        long ballot = meeting.ballot("Een miljoen stemmen?");
        long t0 = System.nanoTime();
        meeting.open(ballot); // freezes a million entitlements
        double openMs = (System.nanoTime() - t0) / 1e6;

        long t1 = System.nanoTime();
        db.update("INSERT INTO participation (ballot_id, member_id, cast_by) SELECT ballot_id, member_id, member_id FROM entitlement WHERE ballot_id = ?",
                ballot);
        db.update("""
                INSERT INTO vote (ballot_id, receipt_hash, member_id, choice, weight)
                SELECT ballot_id, encode(sha256(convert_to(ballot_id || ':' || member_id, 'UTF8')), 'hex'), member_id,
                       CASE WHEN member_id % 10 = 0 THEN 'NO' WHEN member_id % 17 = 0 THEN 'ABSTAIN' ELSE 'YES' END, weight
                FROM entitlement WHERE ballot_id = ?""", ballot);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE vote");
            s.execute("VACUUM ANALYZE entitlement");
            s.execute("VACUUM ANALYZE participation");
        }
        double loadSeconds = (System.nanoTime() - t1) / 1e9;

        // The two queries TallyService.count runs: the entitled totals kept on the ballot at opening, and the
        // running totals the database keeps per choice (V2__running_totals.sql).
        String entitledSql = "SELECT entitled_members, entitled_weight FROM ballot WHERE id = " + ballot;
        String totalsSql = "SELECT choice, votes, weight FROM ballot_total WHERE ballot_id = " + ballot + " AND votes > 0";
        List<Double> times = new ArrayList<>();
        String plan;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                drain(s.executeQuery(entitledSql));
                drain(s.executeQuery(totalsSql));
                times.add((System.nanoTime() - start) / 1e6);
            }
            StringBuilder explain = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + totalsSql)) {
                while (rs.next()) {
                    explain.append("      ").append(rs.getString(1)).append('\n');
                }
            }
            plan = explain.toString();
        }
        double first = times.get(0);
        Collections.sort(times);
        // TallyService.recount, what GET /api/v1/audit/verify runs: every entitlement and vote counted
        double recount = median(db, "SELECT count(*), coalesce(sum(weight), 0) FROM entitlement WHERE ballot_id = " + ballot)
                + median(db, "SELECT choice, count(*), sum(weight) FROM vote WHERE ballot_id = " + ballot + " GROUP BY choice");

        long t2 = System.nanoTime();
        meeting.close(ballot).expect(200);
        double closeMs = (System.nanoTime() - t2) / 1e6;
        long t3 = System.nanoTime();
        long counted = meeting.results(ballot).toString().length();
        double resultsMs = (System.nanoTime() - t3) / 1e6;
        if (counted == 0) {
            throw new IllegalStateException("empty result");
        }
        return new Result(votes, openMs, loadSeconds, times.get(times.size() / 2), first, closeMs, resultsMs, plan, recount);
    }

    /** Median of seven runs of one query, in milliseconds. */
    private static double median(Database db, String sql) throws java.sql.SQLException {
        List<Double> times = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                drain(s.executeQuery(sql));
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static void drain(ResultSet rs) throws java.sql.SQLException {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
