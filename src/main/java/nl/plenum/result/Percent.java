package nl.plenum.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the association publishes them: exact division, rounded half-up to two decimals. */
public final class Percent {

    public static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * {@code part} as a percentage of {@code whole}, e.g. 1 of 8 → 12.50 and 1 of 800 → 0.13.
     * Null when {@code whole} is 0: no percentage exists, and "0,00 %" would suggest one was counted.
     */
    public static BigDecimal of(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("percentages of negative numbers: " + part + " of " + whole);
        }
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
