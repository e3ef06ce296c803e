package nl.plenum.ballot;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A ballot as the API shows it; {@code publicKey} is a secret ballot's encryption key (docs/SECRECY.md), null otherwise. */
public record BallotView(long id, long resolutionId, String question, OptionSet optionSet, PercentBase percentBase,
        MajorityRule majorityRule, BigDecimal quorum, Visibility visibility, BallotState state,
        OffsetDateTime openedAt, OffsetDateTime closedAt, OffsetDateTime publishedAt, String publicKey) {

    public static BallotView of(Ballot b) {
        return new BallotView(b.id, b.resolutionId, b.question, b.optionSet, b.percentBase, b.majorityRule, b.quorum,
                b.visibility, b.state, b.openedAt, b.closedAt, b.publishedAt, b.publicKey);
    }
}
