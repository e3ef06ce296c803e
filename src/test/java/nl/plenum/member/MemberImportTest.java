package nl.plenum.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberImportTest {

    private static final WeightBrackets BRACKETS = WeightBrackets.parse("0:1,10000:2");

    @Test
    void sortsLinesIntoNewChangedAndUnchangedMembers() {
        Map<String, MemberImport.Row> existing = Map.of(
                "A", new MemberImport.Row(1L, "A", "Aa", 5, 1, false, true),
                "B", new MemberImport.Row(2L, "B", "Bb", 5, 1, false, true));
        MemberImport.Plan plan = MemberImport.plan(List.of(
                new MemberInput("A", "Aa", 5L, null, null),
                new MemberInput("B", "Bb", 20_000L, null, null),
                new MemberInput("C", "Cc", 3L, 9, null)), existing, BRACKETS);

        assertEquals(1, plan.unchanged());
        assertEquals(List.of(new MemberImport.Row(null, "C", "Cc", 3, 9, true, true)), plan.created());
        MemberImport.Update update = plan.updated().get(0);
        assertEquals(new MemberImport.Row(2L, "B", "Bb", 20_000, 2, false, true), update.row());
        assertEquals(Map.of("inhabitants", Map.of("from", 5L, "to", 20_000L), "weight", Map.of("from", 1, "to", 2)), update.changes());
    }

    @Test
    void anEmptyWeightMakesAnExplicitWeightDerivedAgain() {
        Map<String, MemberImport.Row> existing = Map.of("A", new MemberImport.Row(1L, "A", "Aa", 5, 1, true, true));
        MemberImport.Plan plan = MemberImport.plan(List.of(new MemberInput("A", "Aa", 5L, null, null)), existing, BRACKETS);
        assertEquals(Map.of("weightExplicit", Map.of("from", true, "to", false)), plan.updated().get(0).changes());
    }

    @Test
    void aNewTableChangesOnlyTheWeightsItMovesInCodeOrder() {
        List<MemberImport.Row> derived = List.of(
                new MemberImport.Row(2L, "B", "Bb", 15_000, 2, false, true),
                new MemberImport.Row(1L, "A", "Aa", 5, 1, false, true),
                new MemberImport.Row(3L, "C", "Cc", 25_000, 2, false, true));
        List<MemberImport.Update> updates = MemberImport.rederived(derived, WeightBrackets.parse("0:1,20000:3"));
        assertEquals(List.of("B", "C"), updates.stream().map(u -> u.row().code()).toList());
        assertEquals(1, updates.get(0).row().weight());
        assertEquals(Map.of("weight", Map.of("from", 2, "to", 3)), updates.get(1).changes());
    }

    @Test
    void anActiveColumnReactivatesAndItsAbsenceLeavesTheFlagAlone() {
        Map<String, MemberImport.Row> existing = Map.of(
                "A", new MemberImport.Row(1L, "A", "Aa", 5, 1, false, false),
                "B", new MemberImport.Row(2L, "B", "Bb", 5, 1, false, false));
        MemberImport.Plan plan = MemberImport.plan(List.of(
                new MemberInput("A", "Aa", 5L, null, true),
                new MemberInput("B", "Bb", 5L, null, null)), existing, BRACKETS);
        assertEquals(1, plan.unchanged());
        assertEquals(Map.of("active", Map.of("from", false, "to", true)), plan.updated().get(0).changes());
        assertEquals(true, plan.updated().get(0).row().active());
    }
}
