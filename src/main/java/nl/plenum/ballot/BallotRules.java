package nl.plenum.ballot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a ballot is counted and decided.
 *
 * @param quorum share of the entitled weight that must take part (abstentions included) for a valid
 *               decision, in (0, 1] with at most four decimals (the column is numeric(5,4)); null = no quorum
 */
public record BallotRules(OptionSet optionSet, PercentBase percentBase, MajorityRule majorityRule, BigDecimal quorum) {

    /** Quorum shares are stored with four decimals; more would be rounded silently by the database. */
    public static final int QUORUM_MAX_DECIMALS = 4;

    public BallotRules {
        Objects.requireNonNull(optionSet, "optionSet");
        Objects.requireNonNull(percentBase, "percentBase");
        Objects.requireNonNull(majorityRule, "majorityRule");
        if (quorum != null) {
            if (quorum.signum() <= 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("quorum must be a share above 0 and at most 1, was " + quorum.toPlainString());
            }
            if (quorum.stripTrailingZeros().scale() > QUORUM_MAX_DECIMALS) {
                throw new IllegalArgumentException("quorum may have at most " + QUORUM_MAX_DECIMALS
                        + " decimals, was " + quorum.toPlainString());
            }
        }
    }

    /** The defaults of a new ballot: yes/no/abstain, percentages of yes+no, simple majority, no quorum. */
    public static BallotRules defaults() {
        return new BallotRules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, null);
    }
}
