package nl.plenum.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.DomainException;
import nl.plenum.result.SecretTallies;
import nl.plenum.result.Tally;
import nl.plenum.result.TallyService;

/**
 * Checks that nothing was removed or changed: the chain's hashes, and for every counted ballot that
 * replaying its vote events gives exactly the stored votes, whose recount gives the stored tally.
 */
@ApplicationScoped
public class AuditVerifier {

    @Inject
    AuditLog audit;

    @Inject
    BallotRepository ballots;

    @Inject
    TallyService tallies;

    @Inject
    SecretTallies secretTallies;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public record BallotCheck(long ballotId, BallotState state, boolean valid, List<String> problems) {
    }

    public record Report(boolean valid, ChainVerification chain, List<BallotCheck> ballots) {
    }

    public Report verify() {
        ChainVerification chain = audit.verifyChain();
        List<BallotCheck> checks = new ArrayList<>();
        for (BallotState state : List.of(BallotState.CLOSED, BallotState.PUBLISHED)) {
            for (Ballot ballot : ballots.inState(state)) {
                checks.add(check(ballot));
            }
        }
        boolean valid = chain.valid() && checks.stream().allMatch(BallotCheck::valid);
        return new Report(valid, chain, checks);
    }

    BallotCheck check(Ballot ballot) {
        List<String> problems = new ArrayList<>();
        List<AuditEvent> events = audit.forBallot(ballot.id);
        Map<String, String> replayed = replay(events);
        Map<String, String> stored = storedVotes(ballot.id);
        if (!replayed.equals(stored)) {
            problems.add("the stored votes differ from the votes in the audit trail (" + stored.size() + " stored, " + replayed.size() + " in the trail)");
        }
        Tally recount;
        try {
            // a secret ballot is recounted from its ciphertexts, against the stored aggregates and decryption proofs
            recount = ballot.visibility == Visibility.SECRET ? secretTallies.recount(ballot.id, ballot.rules()) : tallies.recount(ballot.id, ballot.rules());
        } catch (DomainException e) {
            problems.add(e.getMessage());
            return new BallotCheck(ballot.id, ballot.state, false, problems);
        }
        Optional<Tally> kept = tallies.stored(ballot.id);
        if (kept.isEmpty()) {
            problems.add("no stored tally");
        } else if (!kept.get().equals(recount)) {
            problems.add("the stored tally differs from a recount of the stored votes");
        }
        Optional<JsonNode> closed = events.stream().filter(e -> e.type().equals("BALLOT_CLOSED")).findFirst().map(e -> parse(e.payload()));
        if (closed.isEmpty()) {
            problems.add("the audit trail has no BALLOT_CLOSED event");
        } else {
            if (!closed.get().path("tallyDigest").asText().equals(tallies.digest(recount))) {
                problems.add("the recount differs from the tally recorded when the ballot closed");
            }
            if (!closed.get().path("votesDigest").asText().equals(tallies.votesDigest(ballot.id))) {
                problems.add("the stored votes changed after the ballot closed");
            }
        }
        return new BallotCheck(ballot.id, ballot.state, problems.isEmpty(), problems);
    }

    /** Replays VOTE_CAST / VOTE_CHANGED: receipt hash → choice of each vote still standing at close. */
    private Map<String, String> replay(List<AuditEvent> events) {
        Map<String, String> byMember = new HashMap<>();
        Map<String, String> byReceipt = new HashMap<>();
        for (AuditEvent event : events) {
            if (!event.type().startsWith("VOTE_")) {
                continue;
            }
            JsonNode payload = parse(event.payload());
            String receipt = payload.path("receiptHash").asText();
            String choice = payload.path("choice").asText();
            if (payload.hasNonNull("member")) {
                String previous = byMember.put(payload.get("member").asText(), receipt);
                if (previous != null) {
                    byReceipt.remove(previous);
                }
            } else if (payload.hasNonNull("replaces")) {
                byReceipt.remove(payload.get("replaces").asText());
            }
            byReceipt.put(receipt, choice);
        }
        return byReceipt;
    }

    private Map<String, String> storedVotes(long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT receipt_hash, choice FROM vote WHERE ballot_id = ?1 UNION ALL SELECT receipt_hash, '' FROM secret_vote WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getResultList();
        Map<String, String> votes = new HashMap<>();
        rows.forEach(r -> votes.put((String) r[0], (String) r[1]));
        return votes;
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }
}
