package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.plenum.ballot.BallotRules;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.result.RollCallEntry;
import nl.plenum.result.Tally;
import nl.plenum.result.Totals;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

class ResultViewTest {

    private static final String NBSP = "\u00A0";

    /** The association's example: 9944 weight for, 56 against, 100 abstaining. */
    private static Tally example() {
        return Tally.compute(new BallotRules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, new BigDecimal("0.5")), 4, 10_200,
                Map.of(Choice.YES, new Totals(1, 9944), Choice.NO, new Totals(1, 56), Choice.ABSTAIN, new Totals(1, 100)));
    }

    @Test
    void dutchPagesShowDutchNumbers() {
        ResultView view = ResultView.of(example(), List.of(), PageLanguage.DUTCH);
        assertEquals("99,44" + NBSP + "%", view.rows().get(0).percent());
        assertEquals("0,56" + NBSP + "%", view.rows().get(1).percent());
        assertEquals("9.944", view.rows().get(0).weight());
        assertEquals("99,44" + NBSP + "%", view.yesPercent());
        assertEquals("50,00" + NBSP + "%", view.quorumPercent());
        assertEquals("10.100", view.votedWeight());
        assertEquals("99,02" + NBSP + "%", view.turnoutPercent());
    }

    @Test
    void englishPagesShowEnglishNumbers() {
        ResultView view = ResultView.of(example(), List.of(), PageLanguage.ENGLISH);
        assertEquals("99.44" + NBSP + "%", view.rows().get(0).percent());
        assertEquals("9,944", view.rows().get(0).weight());
    }

    @Test
    void barsUseLocaleFreeDecimalsAndAbstentionsOutsideTheBaseHaveNone() {
        ResultView view = ResultView.of(example(), List.of(), PageLanguage.DUTCH);
        assertEquals("99.44", view.rows().get(0).bar());
        assertEquals("0.56", view.rows().get(1).bar());
        assertEquals("0", view.rows().get(2).bar());
        assertFalse(view.rows().get(2).inBase());
        assertEquals("—", view.rows().get(2).percent());
    }

    @Test
    void rollCallNamesTheProxyOnlyWhenAnotherMemberVoted() {
        ResultView view = ResultView.of(example(), List.of(
                new RollCallEntry("GM0363", "Amsterdam", 9944, Choice.YES, "GM0363"),
                new RollCallEntry("GM0001", "Appingedam", 100, Choice.ABSTAIN, "GM0363", "Amsterdam"),
                new RollCallEntry("GM0002", "Bedum", 1, null, null)), PageLanguage.DUTCH);
        assertNull(view.rollCall().get(0).proxy());
        assertEquals("Amsterdam", view.rollCall().get(1).proxy(), "the proxy by name, not by code");
        assertFalse(view.rollCall().get(2).voted());
    }
}
