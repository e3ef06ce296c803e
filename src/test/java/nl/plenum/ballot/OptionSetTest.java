package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

class OptionSetTest {

    @Test
    void yesNoOffersNoAbstention() {
        assertEquals(List.of(Choice.YES, Choice.NO), OptionSet.YN.choices());
        assertTrue(OptionSet.YN.allows(Choice.YES));
        assertTrue(OptionSet.YN.allows(Choice.NO));
        assertFalse(OptionSet.YN.allows(Choice.ABSTAIN));
    }

    @Test
    void yesNoAbstainOffersAllThreeInDisplayOrder() {
        assertEquals(List.of(Choice.YES, Choice.NO, Choice.ABSTAIN), OptionSet.YNA.choices());
        for (Choice choice : Choice.values()) {
            assertTrue(OptionSet.YNA.allows(choice), choice.name());
        }
    }

    @Test
    void nullChoiceIsNotAllowed() {
        assertFalse(OptionSet.YNA.allows(null));
    }

    @Test
    void choicesCannotBeChangedByCallers() {
        assertThrows(UnsupportedOperationException.class, () -> OptionSet.YN.choices().add(Choice.ABSTAIN));
    }
}
