package nl.plenum.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    private static final String NBSP = "\u00A0";

    @Test
    void percentUsesDecimalCommaAndNonBreakingSpace() {
        assertEquals("99,44" + NBSP + "%", DutchFormat.percent(new BigDecimal("99.44")));
        assertEquals("0,56" + NBSP + "%", DutchFormat.percent(new BigDecimal("0.56")));
    }

    @Test
    void percentAlwaysShowsTwoDecimals() {
        assertEquals("0,50" + NBSP + "%", DutchFormat.percent(new BigDecimal("0.5")));
        assertEquals("100,00" + NBSP + "%", DutchFormat.percent(new BigDecimal("100")));
        assertEquals("0,00" + NBSP + "%", DutchFormat.percent(BigDecimal.ZERO));
        assertEquals("12,50" + NBSP + "%", DutchFormat.percent(new BigDecimal("1.25E+1")));
    }

    @Test
    void percentWithMoreDecimalsRoundsHalfUp() {
        assertEquals("0,13" + NBSP + "%", DutchFormat.percent(new BigDecimal("0.125")));
        assertEquals("66,67" + NBSP + "%", DutchFormat.percent(new BigDecimal("66.666")));
    }

    @Test
    void missingPercentIsShownAsADash() {
        assertEquals("—", DutchFormat.percent(null));
    }

    @Test
    void largePercentGroupsThousands() {
        assertEquals("1.234,50" + NBSP + "%", DutchFormat.percent(new BigDecimal("1234.5")));
    }

    @Test
    void numbersGroupThousandsWithDots() {
        assertEquals("1.234.567", DutchFormat.number(1_234_567));
        assertEquals("17.578", DutchFormat.number(17_578));
        assertEquals("999", DutchFormat.number(999));
        assertEquals("1.000", DutchFormat.number(1000));
        assertEquals("0", DutchFormat.number(0));
        assertEquals("-1.234", DutchFormat.number(-1234));
        assertEquals("-999", DutchFormat.number(-999));
        assertEquals("-9.223.372.036.854.775.808", DutchFormat.number(Long.MIN_VALUE));
    }
}
