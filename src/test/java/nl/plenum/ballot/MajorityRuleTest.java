package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MajorityRuleTest {

    @Test
    void simpleMajorityNeedsMoreYesThanNo() {
        assertTrue(MajorityRule.SIMPLE.isMetBy(51, 50, 101));
        assertFalse(MajorityRule.SIMPLE.isMetBy(50, 51, 101));
    }

    @Test
    void simpleMajorityTieIsRejected() {
        assertFalse(MajorityRule.SIMPLE.isMetBy(50, 50, 100));
    }

    @Test
    void absoluteMajorityNeedsMoreThanHalfOfTheBase() {
        assertTrue(MajorityRule.ABSOLUTE.isMetBy(51, 10, 100));
        assertFalse(MajorityRule.ABSOLUTE.isMetBy(50, 10, 100));
        // Odd base: 50 of 99 is more than half, 49 is not.
        assertTrue(MajorityRule.ABSOLUTE.isMetBy(50, 0, 99));
        assertFalse(MajorityRule.ABSOLUTE.isMetBy(49, 0, 99));
    }

    @Test
    void twoThirdsIsMetExactlyAtTwoThirds() {
        assertTrue(MajorityRule.TWO_THIRDS.isMetBy(200, 100, 300));
        assertFalse(MajorityRule.TWO_THIRDS.isMetBy(199, 101, 300));
    }

    @Test
    void twoThirdsOfABaseNotDivisibleByThreeRoundsUpInWeight() {
        // 2/3 of 100 is 66.67: 66 is short even though "66,00 %" rounds to nothing alarming; 67 suffices.
        assertFalse(MajorityRule.TWO_THIRDS.isMetBy(66, 34, 100));
        assertTrue(MajorityRule.TWO_THIRDS.isMetBy(67, 33, 100));
    }

    @Test
    void threeQuartersIsMetExactlyAtThreeQuarters() {
        assertTrue(MajorityRule.THREE_QUARTERS.isMetBy(75, 25, 100));
        assertFalse(MajorityRule.THREE_QUARTERS.isMetBy(74, 26, 100));
        assertTrue(MajorityRule.THREE_QUARTERS.isMetBy(3, 1, 4));
    }

    @Test
    void anEmptyBaseNeverCarriesAProposal() {
        for (MajorityRule rule : MajorityRule.values()) {
            assertFalse(rule.isMetBy(0, 0, 0), rule.name());
        }
    }

    @Test
    void largeWeightsDoNotOverflow() {
        long base = Long.MAX_VALUE / 4;
        assertTrue(MajorityRule.THREE_QUARTERS.isMetBy(base, 0, base));
    }
}
