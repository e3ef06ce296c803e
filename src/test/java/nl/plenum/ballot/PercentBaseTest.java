package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

class PercentBaseTest {

    @Test
    void yesNoBaseLeavesAbstentionsOut() {
        assertEquals(30, PercentBase.YES_NO.weight(10, 20, 5, 100));
        assertFalse(PercentBase.YES_NO.includes(Choice.ABSTAIN));
        assertTrue(PercentBase.YES_NO.includes(Choice.YES));
        assertTrue(PercentBase.YES_NO.includes(Choice.NO));
    }

    @Test
    void yesNoAbstainAndCastBasesCountAbstentions() {
        assertEquals(35, PercentBase.YES_NO_ABSTAIN.weight(10, 20, 5, 100));
        assertEquals(35, PercentBase.CAST.weight(10, 20, 5, 100));
        assertTrue(PercentBase.YES_NO_ABSTAIN.includes(Choice.ABSTAIN));
        assertTrue(PercentBase.CAST.includes(Choice.ABSTAIN));
    }

    @Test
    void entitledBaseIsTheEntitledWeightWhateverWasCast() {
        assertEquals(100, PercentBase.ENTITLED.weight(10, 20, 5, 100));
        assertEquals(100, PercentBase.ENTITLED.weight(0, 0, 0, 100));
        for (Choice choice : Choice.values()) {
            assertTrue(PercentBase.ENTITLED.includes(choice), choice.name());
        }
    }
}
