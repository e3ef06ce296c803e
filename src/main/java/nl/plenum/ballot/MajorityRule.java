package nl.plenum.ballot;

/**
 * The majority a proposal needs. Decided on exact integer weights, never on rounded percentages,
 * so 99,995 % is not mistaken for 100 % and a two-thirds boundary is exact.
 */
public enum MajorityRule {
    /** More yes than no weight; a tie is rejected. */
    SIMPLE,
    /** Yes weight more than half of the base weight. */
    ABSOLUTE,
    /** Yes weight at least two thirds of the base weight. */
    TWO_THIRDS,
    /** Yes weight at least three quarters of the base weight. */
    THREE_QUARTERS;

    /**
     * Whether the yes weight carries the proposal. An empty base (weight 0) never does.
     *
     * @param baseWeight the weight of the ballot's {@link PercentBase}
     */
    public boolean isMetBy(long yesWeight, long noWeight, long baseWeight) {
        if (baseWeight <= 0) {
            return false;
        }
        return switch (this) {
            case SIMPLE -> yesWeight > noWeight;
            case ABSOLUTE -> Math.multiplyExact(2, yesWeight) > baseWeight;
            case TWO_THIRDS -> Math.multiplyExact(3, yesWeight) >= Math.multiplyExact(2, baseWeight);
            case THREE_QUARTERS -> Math.multiplyExact(4, yesWeight) >= Math.multiplyExact(3, baseWeight);
        };
    }
}
