package nl.plenum.ballot;

import static nl.plenum.ballot.BallotState.CANCELLED;
import static nl.plenum.ballot.BallotState.CLOSED;
import static nl.plenum.ballot.BallotState.DRAFT;
import static nl.plenum.ballot.BallotState.OPEN;
import static nl.plenum.ballot.BallotState.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotStateTest {

    /** The whole transition table: every pair not listed here must be refused. */
    private static final Map<BallotState, Set<BallotState>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(OPEN, CANCELLED),
            OPEN, EnumSet.of(CLOSED, CANCELLED),
            CLOSED, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.noneOf(BallotState.class),
            CANCELLED, EnumSet.noneOf(BallotState.class));

    @Test
    void transitionTableIsExactlyTheDocumentedOne() {
        int allowed = 0;
        for (BallotState from : BallotState.values()) {
            for (BallotState to : BallotState.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertEquals(expected, from.canMoveTo(to), from + " → " + to);
                if (from.canMoveTo(to)) {
                    allowed++;
                }
            }
        }
        assertEquals(5, allowed);
    }

    @Test
    void stayingInTheSameStateIsNotATransition() {
        for (BallotState state : BallotState.values()) {
            assertFalse(state.canMoveTo(state), state.name());
        }
    }

    @Test
    void closedBallotCannotBeCancelledOrReopened() {
        assertFalse(CLOSED.canMoveTo(CANCELLED));
        assertFalse(CLOSED.canMoveTo(OPEN));
        assertFalse(PUBLISHED.canMoveTo(CLOSED));
    }

    @Test
    void nullTargetIsRefused() {
        assertFalse(DRAFT.canMoveTo(null));
    }

    @Test
    void onlyAnOpenBallotAcceptsVotes() {
        for (BallotState state : BallotState.values()) {
            assertEquals(state == OPEN, state.acceptsVotes(), state.name());
        }
    }

    @Test
    void officialsSeeTheResultFromClosingOn() {
        assertEquals(EnumSet.of(CLOSED, PUBLISHED), matching(BallotState::resultVisibleToOfficials));
    }

    @Test
    void thePublicSeesTheResultOnlyWhenPublished() {
        assertEquals(EnumSet.of(PUBLISHED), matching(BallotState::resultPublic));
    }

    @Test
    void publishedAndCancelledAreFinal() {
        assertEquals(EnumSet.of(PUBLISHED, CANCELLED), matching(BallotState::isFinal));
        for (BallotState state : BallotState.values()) {
            boolean anyTarget = EnumSet.allOf(BallotState.class).stream().anyMatch(state::canMoveTo);
            assertEquals(!state.isFinal(), anyTarget, state.name());
        }
    }

    @Test
    void everyStateIsReachableFromDraft() {
        Set<BallotState> reached = EnumSet.of(DRAFT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (BallotState from : EnumSet.copyOf(reached)) {
                for (BallotState to : BallotState.values()) {
                    if (from.canMoveTo(to)) {
                        grew |= reached.add(to);
                    }
                }
            }
        }
        assertTrue(reached.containsAll(EnumSet.allOf(BallotState.class)));
    }

    private static Set<BallotState> matching(java.util.function.Predicate<BallotState> test) {
        Set<BallotState> states = EnumSet.noneOf(BallotState.class);
        for (BallotState state : BallotState.values()) {
            if (test.test(state)) {
                states.add(state);
            }
        }
        return states;
    }
}
