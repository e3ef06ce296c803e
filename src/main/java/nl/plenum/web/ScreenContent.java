package nl.plenum.web;

import nl.plenum.ballot.BallotState;
import nl.plenum.member.ProjectorReveal;

/**
 * What the projector shows of a ballot. Never a tally while it is open (nobody, the chair included,
 * sees an interim count); once it is closed, the result only if the association chose to reveal at close.
 */
public enum ScreenContent {
    /** Not opened yet. */
    WAITING,
    /** Open: who has voted, never how. */
    TURNOUT,
    /** Closed, but the association reveals only after publication. */
    RESULT_FOLLOWS,
    RESULT,
    /** Cancelled: the state badge says it all. */
    NOTHING;

    public static ScreenContent of(BallotState state, ProjectorReveal reveal) {
        return switch (state) {
            case DRAFT -> WAITING;
            case OPEN -> TURNOUT;
            case CLOSED -> reveal == ProjectorReveal.AT_CLOSE ? RESULT : RESULT_FOLLOWS;
            case PUBLISHED -> RESULT;
            case CANCELLED -> NOTHING;
        };
    }

    /** The page follows the live stream, so that it reloads when the ballot opens, closes or is published. */
    public boolean followsLive() {
        return this == WAITING || this == TURNOUT || this == RESULT_FOLLOWS;
    }
}
