package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BallotDefaultsTest {

    private static final BallotDefaults STRICT = new BallotDefaults(OptionSet.YN, PercentBase.CAST, MajorityRule.TWO_THIRDS,
            new BigDecimal("0.5"), Visibility.SECRET);

    @Test
    void omittedRulesOfADraftComeFromTheDefaults() {
        BallotDraft filled = STRICT.fill(new BallotDraft("Vraag?", null, null, null, null, null), true);
        assertEquals(new BallotDraft("Vraag?", OptionSet.YN, PercentBase.CAST, MajorityRule.TWO_THIRDS, new BigDecimal("0.5"), Visibility.SECRET), filled);
    }

    @Test
    void givenRulesWin() {
        BallotDraft filled = STRICT.fill(new BallotDraft("Vraag?", OptionSet.YNA, null, MajorityRule.SIMPLE, new BigDecimal("0.25"), Visibility.OPEN), true);
        assertEquals(OptionSet.YNA, filled.optionSet());
        assertEquals(PercentBase.CAST, filled.percentBase());
        assertEquals(MajorityRule.SIMPLE, filled.majorityRule());
        assertEquals(new BigDecimal("0.25"), filled.quorum());
        assertEquals(Visibility.OPEN, filled.visibility());
    }

    @Test
    void aFormsEmptyQuorumMeansNoQuorumNotTheDefault() {
        assertNull(STRICT.fill(new BallotDraft("Vraag?", null, null, null, null, null), false).quorum());
    }

    @Test
    void completingFillsTheBuiltInDefaultsAndChecksTheQuorum() {
        BallotDefaults complete = new BallotDefaults(null, PercentBase.ENTITLED, null, null, null).complete();
        assertEquals(new BallotDefaults(OptionSet.YNA, PercentBase.ENTITLED, MajorityRule.SIMPLE, null, Visibility.OPEN), complete);
        assertEquals(BallotDefaults.of(BallotRules.defaults(), Visibility.OPEN), BallotDefaults.STANDARD);
        assertThrows(IllegalArgumentException.class, () -> new BallotDefaults(null, null, null, new BigDecimal("1.5"), null).complete());
    }
}
