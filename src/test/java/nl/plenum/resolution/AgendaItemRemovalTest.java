package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.plenum.ballot.BallotState;
import nl.plenum.resolution.AgendaItemRemoval.BallotOnItem;
import org.junit.jupiter.api.Test;

class AgendaItemRemovalTest {

    @Test
    void aResolutionWithoutBallotsMayBeDeleted() {
        assertEquals(List.of(), AgendaItemRemoval.blocking(List.of()));
    }

    @Test
    void draftBallotsDoNotStandInTheWay() {
        assertEquals(List.of(), AgendaItemRemoval.blocking(List.of(
                new BallotOnItem(1, BallotState.DRAFT, false), new BallotOnItem(2, BallotState.DRAFT, false))));
    }

    @Test
    void aBallotCancelledBeforeItOpenedDoesNotStandInTheWay() {
        assertEquals(List.of(), AgendaItemRemoval.blocking(List.of(new BallotOnItem(3, BallotState.CANCELLED, false))));
    }

    @Test
    void everyBallotThatWasEverOpenedStandsInTheWay() {
        List<BallotOnItem> ballots = List.of(
                new BallotOnItem(1, BallotState.DRAFT, false),
                new BallotOnItem(2, BallotState.OPEN, true),
                new BallotOnItem(3, BallotState.CLOSED, true),
                new BallotOnItem(4, BallotState.PUBLISHED, true),
                new BallotOnItem(5, BallotState.CANCELLED, true),
                new BallotOnItem(6, BallotState.CANCELLED, false));
        assertEquals(List.of(2L, 3L, 4L, 5L), AgendaItemRemoval.blocking(ballots));
    }

    @Test
    void anOpenBallotBlocksEvenWithoutAnOpeningTime() {
        assertEquals(List.of(7L), AgendaItemRemoval.blocking(List.of(new BallotOnItem(7, BallotState.OPEN, false))));
    }
}
