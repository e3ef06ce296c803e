package nl.plenum.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void percentagesHaveExactlyTwoDecimals() {
        assertEquals("12.50", Percent.of(1, 8).toPlainString());
        assertEquals("100.00", Percent.of(7, 7).toPlainString());
        assertEquals("0.00", Percent.of(0, 7).toPlainString());
    }

    @Test
    void thirdsRoundToTheNearestHundredth() {
        assertEquals("66.67", Percent.of(2, 3).toPlainString());
        assertEquals("33.33", Percent.of(1, 3).toPlainString());
    }

    @Test
    void exactHalfHundredthRoundsUp() {
        // 1/800 = 0.125 %: half-up gives 0.13 where banker's rounding would give 0.12.
        assertEquals("0.13", Percent.of(1, 800).toPlainString());
        // 469/20000 = 2.345 %: half-up 2.35 (half-even would give 2.34).
        assertEquals("2.35", Percent.of(469, 20_000).toPlainString());
        // 3/8 = 37.5 % exactly, 1/16 = 6.25 % exactly: nothing to round.
        assertEquals("37.50", Percent.of(3, 8).toPlainString());
        assertEquals("6.25", Percent.of(1, 16).toPlainString());
    }

    @Test
    void justBelowTheHalfRoundsDown() {
        // 1/801 = 0.12484… %
        assertEquals("0.12", Percent.of(1, 801).toPlainString());
    }

    @Test
    void noPercentageOfNothing() {
        assertNull(Percent.of(0, 0));
    }

    @Test
    void negativeInputIsABug() {
        assertThrows(IllegalArgumentException.class, () -> Percent.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Percent.of(1, -10));
    }
}
