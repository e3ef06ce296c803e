package nl.plenum.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.ballot.BallotRules;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final BallotRules YES_NO_SIMPLE = rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, null);

    @Test
    void vngExampleIsWeightedNinetyNinePointFortyFourPercentFor() {
        // 330 municipalities with weight 17 578 for, 12 with weight 99 against, 3 (weight 23) did not vote.
        Tally tally = Tally.compute(YES_NO_SIMPLE, 345, 17_700, cast(330, 17_578, 12, 99, 0, 0));

        assertEquals("99.44", percent(tally, Choice.YES));
        assertEquals("0.56", percent(tally, Choice.NO));
        assertEquals("99,44\u00A0%", DutchFormat.percent(tally.option(Choice.YES).orElseThrow().percent()));
        assertEquals("0,56\u00A0%", DutchFormat.percent(tally.option(Choice.NO).orElseThrow().percent()));
        assertEquals(17_677, tally.baseWeight());
        assertTrue(tally.adopted());
        assertEquals(Verdict.ADOPTED, tally.verdict());
    }

    @Test
    void vngExampleCountedByHeadWouldReadDifferently() {
        Tally tally = Tally.compute(YES_NO_SIMPLE, 345, 17_700, cast(330, 17_578, 12, 99, 0, 0));

        // By headcount the same votes would be 96,49 % for and 3,51 % against: weights matter.
        assertEquals("96.49", Percent.of(330, 342).toPlainString());
        assertEquals("3.51", Percent.of(12, 342).toPlainString());
        assertNotEquals(Percent.of(330, 342), tally.option(Choice.YES).orElseThrow().percent());
        assertNotEquals(Percent.of(12, 342), tally.option(Choice.NO).orElseThrow().percent());
    }

    @Test
    void weightNotHeadcountDecidesTheMajority() {
        // Ten small members (weight 1 each) for, one large member (weight 14) against.
        Tally tally = Tally.compute(YES_NO_SIMPLE, 11, 24, cast(10, 10, 1, 14, 0, 0));

        assertFalse(tally.adopted());
        assertEquals(Verdict.REJECTED, tally.verdict());
        assertEquals("41.67", percent(tally, Choice.YES));
        assertEquals("58.33", percent(tally, Choice.NO));
    }

    @Test
    void optionsFollowTheOptionSetWithCountsAndWeights() {
        Tally tally = Tally.compute(YES_NO_SIMPLE, 10, 100, cast(2, 20, 1, 10, 3, 25));

        assertEquals(List.of(
                new OptionResult(Choice.YES, 2, 20, new BigDecimal("66.67")),
                new OptionResult(Choice.NO, 1, 10, new BigDecimal("33.33")),
                new OptionResult(Choice.ABSTAIN, 3, 25, null)), tally.options());
        assertEquals(OptionSet.YNA, tally.optionSet());
        assertEquals(PercentBase.YES_NO, tally.percentBase());
        assertEquals(MajorityRule.SIMPLE, tally.majorityRule());
    }

    @Test
    void optionOrderDoesNotDependOnTheInputMap() {
        Map<Choice, Totals> reversed = new LinkedHashMap<>();
        reversed.put(Choice.ABSTAIN, new Totals(1, 1));
        reversed.put(Choice.NO, new Totals(1, 2));
        reversed.put(Choice.YES, new Totals(1, 3));

        Tally tally = Tally.compute(YES_NO_SIMPLE, 3, 6, reversed);

        assertEquals(List.of(Choice.YES, Choice.NO, Choice.ABSTAIN), tally.options().stream().map(OptionResult::choice).toList());
    }

    @Test
    void abstentionsAreLeftOutOfTheYesNoBaseButCountForTurnoutAndQuorum() {
        BallotRules rules = rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, "0.5");
        Tally tally = Tally.compute(rules, 10, 100, cast(2, 20, 1, 10, 3, 25));

        assertEquals(30, tally.baseWeight());
        assertNull(tally.option(Choice.ABSTAIN).orElseThrow().percent());
        assertEquals(6, tally.votedMembers());
        assertEquals(55, tally.votedWeight());
        assertEquals("55.00", tally.turnoutPercent().toPlainString());
        // Without the 25 abstaining weight only 30 of 100 took part: the quorum of 50 is met thanks to them.
        assertTrue(tally.quorumMet());
        assertTrue(tally.adopted());
        assertEquals(Verdict.ADOPTED, tally.verdict());
    }

    @Test
    void yesNoAbstainBaseCountsAbstentionsAgainstAnAbsoluteMajority() {
        Map<Choice, Totals> cast = cast(2, 20, 1, 10, 3, 25);
        Tally simple = Tally.compute(rules(OptionSet.YNA, PercentBase.YES_NO_ABSTAIN, MajorityRule.SIMPLE, null), 10, 100, cast);
        Tally absolute = Tally.compute(rules(OptionSet.YNA, PercentBase.YES_NO_ABSTAIN, MajorityRule.ABSOLUTE, null), 10, 100, cast);

        assertEquals(55, simple.baseWeight());
        assertEquals("36.36", percent(simple, Choice.YES));
        assertEquals("18.18", percent(simple, Choice.NO));
        assertEquals("45.45", percent(simple, Choice.ABSTAIN));
        assertTrue(simple.adopted());
        assertFalse(absolute.adopted());
        assertEquals(Verdict.REJECTED, absolute.verdict());
    }

    @Test
    void castBaseIsTheSameAsYesNoAbstainWithoutInvalidVotes() {
        Map<Choice, Totals> cast = cast(2, 20, 1, 10, 3, 25);
        Tally yesNoAbstain = Tally.compute(rules(OptionSet.YNA, PercentBase.YES_NO_ABSTAIN, MajorityRule.ABSOLUTE, null), 10, 100, cast);
        Tally allCast = Tally.compute(rules(OptionSet.YNA, PercentBase.CAST, MajorityRule.ABSOLUTE, null), 10, 100, cast);

        assertEquals(yesNoAbstain.baseWeight(), allCast.baseWeight());
        assertEquals(yesNoAbstain.options(), allCast.options());
        assertEquals(yesNoAbstain.adopted(), allCast.adopted());
        assertEquals(PercentBase.CAST, allCast.percentBase());
    }

    @Test
    void entitledBaseCountsNonVotersAgainst() {
        BallotRules rules = rules(OptionSet.YNA, PercentBase.ENTITLED, MajorityRule.ABSOLUTE, null);

        // Everyone who voted said yes, but 50 of 100 entitled weight is not more than half.
        Tally half = Tally.compute(rules, 10, 100, cast(5, 50, 0, 0, 0, 0));
        assertEquals(100, half.baseWeight());
        assertEquals("50.00", percent(half, Choice.YES));
        assertEquals("0.00", percent(half, Choice.NO));
        assertEquals("0.00", percent(half, Choice.ABSTAIN));
        assertFalse(half.adopted());

        Tally more = Tally.compute(rules, 10, 100, cast(5, 51, 1, 2, 1, 3));
        assertEquals("51.00", percent(more, Choice.YES));
        assertEquals("3.00", percent(more, Choice.ABSTAIN));
        assertTrue(more.adopted());
    }

    @Test
    void twoThirdsIsAdoptedExactlyAtTwoThirds() {
        BallotRules rules = rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.TWO_THIRDS, null);

        Tally exact = Tally.compute(rules, 30, 300, cast(20, 200, 10, 100, 0, 0));
        assertTrue(exact.adopted());
        assertEquals("66.67", percent(exact, Choice.YES));

        Tally oneBelow = Tally.compute(rules, 30, 300, cast(20, 199, 10, 100, 0, 0));
        assertFalse(oneBelow.adopted());
        assertEquals(Verdict.REJECTED, oneBelow.verdict());
    }

    @Test
    void majorityIsDecidedOnWeightsNotOnTheRoundedPercentage() {
        BallotRules rules = rules(OptionSet.YN, PercentBase.YES_NO, MajorityRule.TWO_THIRDS, null);

        // 1 999 999 of 3 000 000 shows as 66,67 % yet is one weight short of two thirds.
        Tally tally = Tally.compute(rules, 2, 3_000_000, cast(1, 1_999_999, 1, 1_000_001, 0, 0));

        assertEquals("66.67", percent(tally, Choice.YES));
        assertFalse(tally.adopted());
    }

    @Test
    void threeQuartersBoundary() {
        BallotRules rules = rules(OptionSet.YN, PercentBase.YES_NO, MajorityRule.THREE_QUARTERS, null);

        assertTrue(Tally.compute(rules, 4, 400, cast(3, 300, 1, 100, 0, 0)).adopted());
        assertFalse(Tally.compute(rules, 4, 400, cast(3, 299, 1, 100, 0, 0)).adopted());
    }

    @Test
    void simpleMajorityTieIsRejected() {
        Tally tally = Tally.compute(YES_NO_SIMPLE, 2, 20, cast(1, 10, 1, 10, 0, 0));

        assertEquals("50.00", percent(tally, Choice.YES));
        assertEquals("50.00", percent(tally, Choice.NO));
        assertFalse(tally.adopted());
        assertEquals(Verdict.REJECTED, tally.verdict());
    }

    @Test
    void quorumIsMetExactlyAtTheBoundary() {
        BallotRules rules = rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, "0.5");

        Tally atQuorum = Tally.compute(rules, 10, 100, cast(1, 30, 0, 0, 1, 20));
        assertTrue(atQuorum.quorumMet());
        assertEquals(Verdict.ADOPTED, atQuorum.verdict());

        Tally oneShort = Tally.compute(rules, 10, 100, cast(1, 30, 0, 0, 1, 19));
        assertFalse(oneShort.quorumMet());
        assertFalse(oneShort.adopted());
        assertEquals(Verdict.NO_QUORUM, oneShort.verdict());
        // The percentages are still reported; only the decision fails.
        assertEquals("100.00", percent(oneShort, Choice.YES));
    }

    @Test
    void quorumIsComparedExactlyAgainstAFractionalRequirement() {
        BallotRules rules = rules(OptionSet.YN, PercentBase.YES_NO, MajorityRule.SIMPLE, "0.5");

        // Half of 101 is 50.5: 50 is short, 51 suffices.
        assertFalse(Tally.compute(rules, 101, 101, cast(50, 50, 0, 0, 0, 0)).quorumMet());
        assertTrue(Tally.compute(rules, 101, 101, cast(51, 51, 0, 0, 0, 0)).quorumMet());
    }

    @Test
    void noQuorumMeansQuorumMet() {
        Tally tally = Tally.compute(YES_NO_SIMPLE, 100, 1000, cast(1, 1, 0, 0, 0, 0));

        assertNull(tally.quorum());
        assertTrue(tally.quorumMet());
        assertTrue(tally.adopted());
        assertEquals("0.10", tally.turnoutPercent().toPlainString());
    }

    @Test
    void yesNoBallotHasNoAbstainEntry() {
        Tally tally = Tally.compute(rules(OptionSet.YN, PercentBase.YES_NO_ABSTAIN, MajorityRule.SIMPLE, null),
                3, 30, cast(2, 20, 1, 10, 0, 0));

        assertEquals(2, tally.options().size());
        assertTrue(tally.option(Choice.ABSTAIN).isEmpty());
        assertEquals("66.67", percent(tally, Choice.YES));
    }

    @Test
    void abstentionsOnAYesNoBallotAreABug() {
        BallotRules rules = rules(OptionSet.YN, PercentBase.YES_NO, MajorityRule.SIMPLE, null);

        assertThrows(IllegalArgumentException.class, () -> Tally.compute(rules, 3, 30, cast(1, 10, 1, 10, 1, 10)));
        // An empty abstain row (e.g. from an outer join) is harmless.
        assertEquals(2, Tally.compute(rules, 3, 30, cast(1, 10, 1, 10, 0, 0)).options().size());
    }

    @Test
    void emptyBallotHasNoPercentagesAndIsNotAdopted() {
        Tally tally = Tally.compute(YES_NO_SIMPLE, 10, 100, Map.of());

        assertEquals(0, tally.baseWeight());
        assertEquals(3, tally.options().size());
        for (OptionResult option : tally.options()) {
            assertEquals(0, option.count());
            assertEquals(0, option.weight());
            assertNull(option.percent(), option.choice().name());
        }
        assertEquals(0, tally.votedMembers());
        assertEquals(0, tally.votedWeight());
        assertEquals("0.00", tally.turnoutPercent().toPlainString());
        assertFalse(tally.adopted());
        assertEquals(Verdict.REJECTED, tally.verdict());
    }

    @Test
    void emptyBallotWithQuorumHasNoQuorum() {
        Tally tally = Tally.compute(rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, "0.1"), 10, 100, Map.of());

        assertEquals(Verdict.NO_QUORUM, tally.verdict());
    }

    @Test
    void emptyBallotOnTheEntitledBaseShowsZeroPercent() {
        Tally tally = Tally.compute(rules(OptionSet.YNA, PercentBase.ENTITLED, MajorityRule.SIMPLE, null), 10, 100, Map.of());

        assertEquals("0.00", percent(tally, Choice.YES));
        assertFalse(tally.adopted());
    }

    @Test
    void ballotWithoutEntitledMembersHasNoTurnout() {
        Tally tally = Tally.compute(rules(OptionSet.YNA, PercentBase.ENTITLED, MajorityRule.SIMPLE, null), 0, 0, Map.of());

        assertNull(tally.turnoutPercent());
        assertNull(percent(tally, Choice.YES));
        assertFalse(tally.adopted());
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Tally.compute(YES_NO_SIMPLE, 1, 100, cast(2, 20, 0, 0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> Tally.compute(YES_NO_SIMPLE, 10, 10, cast(2, 20, 0, 0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> Tally.compute(YES_NO_SIMPLE, -1, 10, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Tally.compute(YES_NO_SIMPLE, 1, -10, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Totals(-1, 0));
        assertThrows(NullPointerException.class, () -> Tally.compute(null, 1, 10, Map.of()));
        assertThrows(NullPointerException.class, () -> Tally.compute(YES_NO_SIMPLE, 1, 10, null));
    }

    @Test
    void quorumAndRulesAreEchoedInTheResult() {
        BallotRules rules = rules(OptionSet.YNA, PercentBase.CAST, MajorityRule.THREE_QUARTERS, "0.6667");
        Tally tally = Tally.compute(rules, 3, 3, cast(2, 2, 0, 0, 0, 0));

        assertEquals(new BigDecimal("0.6667"), tally.quorum());
        assertFalse(tally.quorumMet()); // 2 < 0.6667 × 3 = 2.0001
        assertEquals(MajorityRule.THREE_QUARTERS, tally.majorityRule());
        assertEquals(3, tally.entitledMembers());
        assertEquals(3, tally.entitledWeight());
    }

    private static String percent(Tally tally, Choice choice) {
        BigDecimal percent = tally.option(choice).orElseThrow().percent();
        return percent == null ? null : percent.toPlainString();
    }

    static Map<Choice, Totals> cast(long yesCount, long yesWeight, long noCount, long noWeight, long abstainCount, long abstainWeight) {
        Map<Choice, Totals> cast = new EnumMap<>(Choice.class);
        cast.put(Choice.YES, new Totals(yesCount, yesWeight));
        cast.put(Choice.NO, new Totals(noCount, noWeight));
        cast.put(Choice.ABSTAIN, new Totals(abstainCount, abstainWeight));
        return cast;
    }

    static BallotRules rules(OptionSet options, PercentBase base, MajorityRule majority, String quorum) {
        return new BallotRules(options, base, majority, quorum == null ? null : new BigDecimal(quorum));
    }
}
