package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BallotRulesTest {

    @Test
    void defaultsMatchTheDatabaseDefaults() {
        BallotRules rules = BallotRules.defaults();
        assertEquals(OptionSet.YNA, rules.optionSet());
        assertEquals(PercentBase.YES_NO, rules.percentBase());
        assertEquals(MajorityRule.SIMPLE, rules.majorityRule());
        assertNull(rules.quorum());
    }

    @Test
    void quorumMayBeAnyShareUpToOne() {
        assertEquals(new BigDecimal("0.5"), rules("0.5").quorum());
        assertEquals(BigDecimal.ONE, rules("1").quorum());
        assertEquals(new BigDecimal("0.0001"), rules("0.0001").quorum());
        assertEquals(new BigDecimal("0.66670"), rules("0.66670").quorum());
    }

    @Test
    void quorumOutsideZeroToOneIsRefused() {
        for (String bad : new String[] {"0", "-0.1", "1.0001", "2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rules(bad), bad);
            assertTrue(e.getMessage().contains("quorum"), e.getMessage());
        }
    }

    @Test
    void quorumWithMoreDecimalsThanStoredIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rules("0.66667"));
        assertTrue(e.getMessage().contains("decimals"), e.getMessage());
    }

    @Test
    void everyRuleIsRequired() {
        assertThrows(NullPointerException.class, () -> new BallotRules(null, PercentBase.CAST, MajorityRule.SIMPLE, null));
        assertThrows(NullPointerException.class, () -> new BallotRules(OptionSet.YN, null, MajorityRule.SIMPLE, null));
        assertThrows(NullPointerException.class, () -> new BallotRules(OptionSet.YN, PercentBase.CAST, null, null));
    }

    private static BallotRules rules(String quorum) {
        return new BallotRules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, new BigDecimal(quorum));
    }
}
