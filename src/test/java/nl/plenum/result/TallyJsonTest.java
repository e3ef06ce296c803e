package nl.plenum.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import org.junit.jupiter.api.Test;

class TallyJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    private final Tally vng = Tally.compute(TallyTest.rules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, "0.5"),
            345, 17_700, TallyTest.cast(330, 17_578, 12, 99, 1, 2));

    @Test
    void percentagesAreExactDecimalStrings() throws Exception {
        JsonNode tree = json.readTree(json.writeValueAsString(vng));

        JsonNode yes = tree.get("options").get(0);
        assertEquals("YES", yes.get("choice").asText());
        assertTrue(yes.get("percent").isTextual(), yes.toString());
        assertEquals("99.44", yes.get("percent").asText());
        assertEquals("0.56", tree.get("options").get(1).get("percent").asText());
        assertTrue(tree.get("options").get(2).get("percent").isNull());
        assertTrue(tree.get("turnoutPercent").isTextual());
        assertEquals("99.88", tree.get("turnoutPercent").asText());
        assertEquals("0.5", tree.get("quorum").asText());
        assertTrue(tree.get("quorum").isTextual());
    }

    @Test
    void countsWeightsAndDecisionAreNumbersAndNames() throws Exception {
        JsonNode tree = json.readTree(json.writeValueAsString(vng));

        assertEquals(17_578, tree.get("options").get(0).get("weight").asLong());
        assertEquals(330, tree.get("options").get(0).get("count").asLong());
        assertTrue(tree.get("baseWeight").isIntegralNumber());
        assertEquals(17_677, tree.get("baseWeight").asLong());
        assertEquals("YES_NO", tree.get("percentBase").asText());
        assertEquals("SIMPLE", tree.get("majorityRule").asText());
        assertTrue(tree.get("adopted").isBoolean());
        assertTrue(tree.get("adopted").asBoolean());
        assertEquals("ADOPTED", tree.get("verdict").asText());
    }

    @Test
    void fieldNamesAreTheContract() throws Exception {
        JsonNode tree = json.readTree(json.writeValueAsString(vng));

        assertEquals(Set.of("optionSet", "options", "percentBase", "baseWeight", "votedMembers", "votedWeight",
                "entitledMembers", "entitledWeight", "turnoutPercent", "quorum", "quorumMet", "majorityRule",
                "adopted", "verdict"), names(tree));
        assertEquals(Set.of("choice", "count", "weight", "percent"), names(tree.get("options").get(0)));
    }

    @Test
    void storedTallyReadsBackEqual() throws Exception {
        Tally read = json.readValue(json.writeValueAsString(vng), Tally.class);

        assertEquals(vng, read);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
