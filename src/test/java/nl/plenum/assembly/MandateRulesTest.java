package nl.plenum.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MandateRulesTest {

    @Test
    void aProxyMayCarrySeveralVotes() {
        assertEquals(Optional.empty(), MandateRules.chainRefusal("A", "C", Map.of("B", "C")));
    }

    @Test
    void aProxyThatGaveItsOwnVoteAwayIsRefused() {
        Optional<String> refusal = MandateRules.chainRefusal("A", "B", Map.of("B", "C"));
        assertTrue(refusal.orElseThrow().contains("cannot be passed on"), refusal.toString());
    }

    @Test
    void aMemberCarryingOthersVotesCannotGiveItsOwnAway() {
        Optional<String> refusal = MandateRules.chainRefusal("B", "C", Map.of("A", "B", "D", "B"));
        assertEquals("B carries the vote of A, D; it cannot give its own vote away", refusal.orElseThrow());
    }

    @Test
    void twoMembersCannotBeEachOthersProxy() {
        assertTrue(MandateRules.chainRefusal("A", "B", Map.of("B", "A")).orElseThrow().contains("each other's proxy"));
    }

    @Test
    void replacingTheProxyOfAMemberIsJudgedWithoutItsOldMandate() {
        assertEquals(Optional.empty(), MandateRules.chainRefusal("A", "C", Map.of("A", "B")));
    }
}
