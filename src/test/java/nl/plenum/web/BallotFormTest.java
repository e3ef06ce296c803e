package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.Visibility;
import org.junit.jupiter.api.Test;

class BallotFormTest {

    private static BallotForm form(String question, String quorum) {
        return new BallotForm(7, question, "YNA", "YES_NO", "TWO_THIRDS", quorum, "SECRET", List.of()).checked();
    }

    @Test
    void quorumIsTypedAsAPercentageAndStoredAsAFraction() {
        assertEquals(new BigDecimal("0.5000"), form("Vraag?", "50").draft().quorum());
        assertEquals(new BigDecimal("0.6667"), form("Vraag?", "66,67").draft().quorum());
        assertEquals(new BigDecimal("1.0000"), form("Vraag?", "100 %").draft().quorum());
        assertNull(form("Vraag?", "").draft().quorum());
    }

    @Test
    void impossibleQuorumsAreErrors() {
        for (String bad : new String[] {"0", "-5", "100,01", "abc", "33,333"}) {
            assertEquals(List.of("quorum"), form("Vraag?", bad).errors(), bad);
        }
    }

    @Test
    void questionIsRequiredAndLimited() {
        assertEquals(List.of("question"), form("  ", "").errors());
        assertEquals(List.of("question-length"), form("x".repeat(501), "").errors());
        assertTrue(form("x".repeat(501), "").hasError("question"));
        assertEquals("question", form("x".repeat(501), "").field("question-length"));
    }

    @Test
    void unknownRuleValuesAreErrorsNotExceptions() {
        BallotForm form = new BallotForm(7, "Vraag?", "ABC", "YES_NO", "UNANIMOUS", "", "OPEN", List.of()).checked();
        assertEquals(List.of("optionSet", "majorityRule"), form.errors());
    }

    @Test
    void aValidFormBecomesADraftWithItsRules() {
        BallotForm form = form("  Stemt u in?  ", "");
        assertTrue(form.valid());
        assertEquals("Stemt u in?", form.draft().question());
        assertEquals(MajorityRule.TWO_THIRDS, form.draft().majorityRule());
        assertEquals(Visibility.SECRET, form.draft().visibility());
    }
}
