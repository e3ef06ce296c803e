package nl.plenum.result;

/**
 * The votes cast for one choice: how many members and their summed weight.
 * Aggregated by the caller (in SQL for large ballots) before the tally rules apply.
 */
public record Totals(long count, long weight) {

    /** No votes. */
    public static final Totals NONE = new Totals(0, 0);

    public Totals {
        if (count < 0 || weight < 0) {
            throw new IllegalArgumentException("totals cannot be negative: count " + count + ", weight " + weight);
        }
    }
}
