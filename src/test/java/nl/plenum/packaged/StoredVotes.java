package nl.plenum.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.vote.Receipt;

/** What the database holds for a ballot, compared with what the clients were told. */
public final class StoredVotes {

    private StoredVotes() {
    }

    public record Stored(String receiptHash, String choice) {
    }

    public static Map<String, Stored> of(Database db, long ballotId) throws SQLException {
        Map<String, Stored> votes = new HashMap<>();
        for (Map<String, Object> row : db.rows(
                "SELECT m.code, v.receipt_hash, v.choice FROM vote v JOIN member m ON m.id = v.member_id WHERE v.ballot_id = ?", ballotId)) {
            votes.put((String) row.get("code"), new Stored((String) row.get("receipt_hash"), (String) row.get("choice")));
        }
        return votes;
    }

    /**
     * Every acknowledged vote is stored, exactly as acknowledged (the receipt of the last 2xx is the
     * counted one), and nothing is stored that no client was told about.
     */
    public static void assertExactlyTheAcknowledgedVotes(Database db, long ballotId, RetryingVoters voters) throws SQLException {
        Map<String, Stored> stored = of(db, ballotId);
        List<String> problems = new ArrayList<>();
        voters.lastReceipt.forEach((member, receipt) -> {
            Stored vote = stored.get(member);
            if (vote == null) {
                problems.add(member + ": acknowledged but not stored");
            } else if (!vote.receiptHash().equals(Receipt.hash(receipt))) {
                problems.add(member + ": the stored vote is not the last acknowledged one");
            } else if (!vote.choice().equals(voters.lastChoice.get(member))) {
                problems.add(member + ": stored " + vote.choice() + " but acknowledged " + voters.lastChoice.get(member));
            }
        });
        stored.keySet().stream().filter(m -> !voters.lastReceipt.containsKey(m)).forEach(m -> problems.add(m + ": stored but never acknowledged"));
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g. " + problems.subList(0, Math.min(10, problems.size())));
        assertEquals(stored.size(), db.number("SELECT count(*) FROM participation WHERE ballot_id = ?", ballotId),
                "one participation per stored vote");
    }

    /** The stored tally equals a recount of the stored votes, per choice, in members and in weight. */
    public static void assertTallyIsARecount(Database db, long ballotId, JsonNode tally) throws SQLException {
        Map<String, long[]> recount = new HashMap<>();
        for (Map<String, Object> row : db.rows("SELECT choice, count(*) AS n, sum(weight) AS w FROM vote WHERE ballot_id = ? GROUP BY choice", ballotId)) {
            recount.put((String) row.get("choice"), new long[] {((Number) row.get("n")).longValue(), ((Number) row.get("w")).longValue()});
        }
        long members = 0;
        for (JsonNode option : tally.path("options")) {
            long[] expected = recount.getOrDefault(option.path("choice").asText(), new long[2]);
            assertEquals(expected[0], option.path("count").asLong(), "count of " + option.path("choice").asText());
            assertEquals(expected[1], option.path("weight").asLong(), "weight of " + option.path("choice").asText());
            members += expected[0];
        }
        assertEquals(members, tally.path("votedMembers").asLong(), "voted members");
        assertEquals(db.number("SELECT count(*) FROM vote WHERE ballot_id = ?", ballotId), members, "every stored vote is in the tally");
    }
}
