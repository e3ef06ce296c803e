package nl.plenum.web;

import nl.plenum.ballot.BallotState;

/** A ballot in the receipt page's list: one whose votes can exist (open, closed or published). */
public record CheckableBallot(long id, String agendaItem, String question, BallotState state, boolean selected) {

    static boolean checkable(BallotState state) {
        return state == BallotState.OPEN || state == BallotState.CLOSED || state == BallotState.PUBLISHED;
    }
}
