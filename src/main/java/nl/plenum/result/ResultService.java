package nl.plenum.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.BallotView;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.security.CurrentUser;
import nl.plenum.security.Roles;
import nl.plenum.vote.Choice;
import nl.plenum.vote.Receipt;

/** Who may see what, when: results after close for officials, after publication for everyone. */
@ApplicationScoped
public class ResultService {

    @Inject
    BallotRepository ballots;

    @Inject
    TallyService tallies;

    @Inject
    EntityManager em;

    public BallotResult results(long ballotId, CurrentUser user) {
        Ballot ballot = visibleResult(ballotId, user);
        Tally tally = tallies.stored(ballotId).orElseThrow(() -> new IllegalStateException("no stored tally for " + ballotId));
        return new BallotResult(BallotView.of(ballot), tally);
    }

    @Transactional
    public List<RollCallEntry> rollCall(long ballotId, CurrentUser user) {
        Ballot ballot = visibleResult(ballotId, user);
        if (ballot.visibility != Visibility.OPEN) {
            throw DomainException.conflict("secret-ballot", "Ballot " + ballotId + " is secret: how each member voted is not recorded");
        }
        WholeBallot.planForWholeBallot(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(WholeBallot.ROLL_CALL)
                .setParameter(1, ballotId).getResultList();
        return rows.stream().map(r -> new RollCallEntry((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : Choice.valueOf((String) r[3]), (String) r[4], (String) r[5])).toList();
    }

    @Transactional
    public Turnout turnout(long ballotId) {
        Ballot ballot = ballots.require(ballotId);
        if (ballot.state == BallotState.DRAFT) {
            throw DomainException.conflict("ballot-not-open", "Ballot " + ballotId + " has not been opened yet");
        }
        WholeBallot.planForWholeBallot(em);
        Object[] totals = (Object[]) em.createNativeQuery("""
                SELECT count(p.member_id), coalesce(sum(e.weight) FILTER (WHERE p.member_id IS NOT NULL), 0),
                       count(*), coalesce(sum(e.weight), 0)
                FROM entitlement e LEFT JOIN participation p ON p.ballot_id = e.ballot_id AND p.member_id = e.member_id
                WHERE e.ballot_id = ?1""").setParameter(1, ballotId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> missing = em.createNativeQuery("""
                SELECT m.code, m.name, e.weight FROM entitlement e JOIN member m ON m.id = e.member_id
                WHERE e.ballot_id = ?1 AND NOT EXISTS
                  (SELECT 1 FROM participation p WHERE p.ballot_id = e.ballot_id AND p.member_id = e.member_id)
                ORDER BY m.name, m.code""").setParameter(1, ballotId).getResultList();
        return new Turnout(ballotId, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                ((Number) totals[2]).longValue(), ((Number) totals[3]).longValue(),
                missing.stream().map(r -> new Turnout.MemberRef((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList());
    }

    public ReceiptCheck checkReceipt(long ballotId, String code) {
        Ballot ballot = ballots.require(ballotId);
        if (!Receipt.isWellFormed(code)) {
            throw DomainException.invalid(List.of(FieldError.of("code", "receipt-format", "This is not a receipt code")));
        }
        boolean secret = ballot.visibility == Visibility.SECRET;
        if (secret && ballot.state != BallotState.PUBLISHED) {
            throw DomainException.conflict("not-yet-published",
                    "Secret ballot: a receipt can be checked against the published list of receipts once the result is published");
        }
        String hash = Receipt.hash(code);
        if (secret) {
            // a secret vote's receipt is its tracker: it proves the vote was counted, never what it says
            Number found = (Number) em.createNativeQuery("SELECT count(*) FROM secret_vote WHERE ballot_id = ?1 AND receipt_hash = ?2")
                    .setParameter(1, ballotId).setParameter(2, hash).getSingleResult();
            if (found.longValue() == 0) {
                throw receiptNotFound();
            }
            return new ReceiptCheck(ballotId, hash, true, null, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.choice, m.code FROM vote v LEFT JOIN member m ON m.id = v.member_id
                WHERE v.ballot_id = ?1 AND v.receipt_hash = ?2""")
                .setParameter(1, ballotId).setParameter(2, hash).getResultList();
        if (rows.isEmpty()) {
            throw receiptNotFound();
        }
        Object[] row = rows.get(0);
        // no interim tally: while the ballot is open a receipt says "counted", not what
        Choice shown = ballot.state == BallotState.OPEN ? null : Choice.valueOf((String) row[0]);
        return new ReceiptCheck(ballotId, hash, true, shown, (String) row[1]);
    }

    private static DomainException receiptNotFound() {
        return new DomainException(404, "receipt-not-found", "Not found",
                "No counted vote has this receipt: it is mistyped, or the vote was replaced by a later one", null);
    }

    /** Every counted receipt hash, with its choice on an OPEN-visibility ballot; a secret ballot's list names no choice (see the board). */
    public List<ReceiptCheck> publishedReceipts(long ballotId) {
        Ballot ballot = ballots.require(ballotId);
        if (ballot.state != BallotState.PUBLISHED) {
            throw DomainException.conflict("not-yet-published", "The receipts are published with the result");
        }
        if (ballot.visibility == Visibility.SECRET) {
            @SuppressWarnings("unchecked")
            List<String> hashes = em.createNativeQuery("SELECT receipt_hash FROM secret_vote WHERE ballot_id = ?1 ORDER BY receipt_hash")
                    .setParameter(1, ballotId).getResultList();
            return hashes.stream().map(h -> new ReceiptCheck(ballotId, h, true, null, null)).toList();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT receipt_hash, choice FROM vote WHERE ballot_id = ?1 ORDER BY receipt_hash")
                .setParameter(1, ballotId).getResultList();
        return rows.stream().map(r -> new ReceiptCheck(ballotId, (String) r[0], true, Choice.valueOf((String) r[1]), null)).toList();
    }

    private Ballot visibleResult(long ballotId, CurrentUser user) {
        Ballot ballot = ballots.require(ballotId);
        switch (ballot.state) {
            case PUBLISHED:
                return ballot;
            case CLOSED:
                if (user.hasRole(Roles.CHAIR) || user.hasRole(Roles.SECRETARIAT)) {
                    return ballot;
                }
                if (user.isAnonymous()) {
                    throw new DomainException(401, "unauthorized", "Unauthorized", "The result is not published yet", null);
                }
                throw DomainException.forbidden("The result is not published yet");
            default:
                throw DomainException.conflict("no-result-yet",
                        "Ballot " + ballotId + " is " + ballot.state + ": there is no result before it closes");
        }
    }
}
