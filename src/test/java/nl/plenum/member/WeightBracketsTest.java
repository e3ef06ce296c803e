package nl.plenum.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plenum.member.WeightBrackets.Bracket;
import org.junit.jupiter.api.Test;

class WeightBracketsTest {

    private static final WeightBrackets TABLE = WeightBrackets.parse("0:1,10000:2,20000:3,500000:13");

    @Test
    void parsesBracketsInOrder() {
        assertEquals(List.of(new Bracket(0, 1), new Bracket(10_000, 2), new Bracket(20_000, 3), new Bracket(500_000, 13)),
                TABLE.brackets());
    }

    @Test
    void weightIsTheVotesOfTheHighestBracketReached() {
        assertEquals(1, TABLE.weightFor(0));
        assertEquals(1, TABLE.weightFor(9_999));
        assertEquals(2, TABLE.weightFor(10_000));
        assertEquals(2, TABLE.weightFor(19_999));
        assertEquals(3, TABLE.weightFor(20_000));
        assertEquals(3, TABLE.weightFor(499_999));
        assertEquals(13, TABLE.weightFor(500_000));
        assertEquals(13, TABLE.weightFor(Long.MAX_VALUE));
    }

    @Test
    void negativeInhabitantsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TABLE.weightFor(-1));
    }

    @Test
    void singleBracketGivesEveryoneTheSameWeight() {
        WeightBrackets equal = WeightBrackets.parse("0:1");
        assertEquals(1, equal.weightFor(0));
        assertEquals(1, equal.weightFor(1_000_000));
    }

    @Test
    void specIsCanonicalAndReadsBack() {
        WeightBrackets spaced = WeightBrackets.parse(" 0 : 1 , 10000:2 ");
        assertEquals("0:1,10000:2", spaced.spec());
        assertEquals(spaced, WeightBrackets.parse(spaced.spec()));
        assertEquals(TABLE, WeightBrackets.parse(TABLE.spec()));
    }

    @Test
    void theConfiguredExampleTableParses() {
        WeightBrackets example = WeightBrackets.parse("0:1,10000:2,20000:3,30000:4,40000:5,50000:6,75000:7,100000:8,"
                + "150000:9,200000:10,300000:11,400000:12,500000:13,750000:14");
        assertEquals(14, example.brackets().size());
        assertEquals(14, example.weightFor(872_757));
        assertEquals(6, example.weightFor(74_999));
    }

    @Test
    void listFormBuildsTheSameTable() {
        assertEquals(TABLE, WeightBrackets.of(TABLE.brackets()));
    }

    @Test
    void bracketsCannotBeChangedByCallers() {
        assertThrows(UnsupportedOperationException.class, () -> TABLE.brackets().add(new Bracket(1_000_000, 20)));
    }

    @Test
    void invalidSpecsAreRefusedWithAClearMessage() {
        assertRefused(null, "empty");
        assertRefused("", "empty");
        assertRefused("   ", "empty");
        assertRefused("10000:2", "start at 0");
        assertRefused("0:1,20000:3,10000:2", "ascend");
        assertRefused("0:1,10000:2,10000:3", "ascend");
        assertRefused("0:0", "at least 1");
        assertRefused("0:1,10000:-2", "at least 1");
        assertRefused("0:1,", "bracket 2");
        assertRefused("0:1,,10000:2", "bracket 2");
        assertRefused("0:1;10000:2", "not from:votes");
        assertRefused("0=1", "not from:votes");
        assertRefused("0:1:2", "not from:votes");
        assertRefused("0:one", "whole number");
        assertRefused("0:1.5", "whole number");
        assertRefused("0:1,1e4:2", "whole number");
        assertRefused("0:99999999999", "more than a weight can hold");
        assertRefused("0:1,99999999999999999999:2", "whole number");
    }

    @Test
    void invalidListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeightBrackets.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> WeightBrackets.of(null));
        assertThrows(IllegalArgumentException.class, () -> WeightBrackets.of(List.of(new Bracket(5, 1))));
        assertThrows(IllegalArgumentException.class, () -> WeightBrackets.of(List.of(new Bracket(0, 1), new Bracket(0, 2))));
    }

    private static void assertRefused(String spec, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightBrackets.parse(spec), spec);
        assertTrue(e.getMessage().contains(messagePart), "\"" + spec + "\" → " + e.getMessage());
    }
}
