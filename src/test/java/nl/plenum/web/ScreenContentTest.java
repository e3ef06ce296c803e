package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.plenum.ballot.BallotState;
import nl.plenum.member.ProjectorReveal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreenContentTest {

    @ParameterizedTest
    @EnumSource(ProjectorReveal.class)
    void anOpenBallotShowsOnlyTheTurnoutWhateverTheSetting(ProjectorReveal reveal) {
        assertEquals(ScreenContent.TURNOUT, ScreenContent.of(BallotState.OPEN, reveal));
        assertEquals(ScreenContent.WAITING, ScreenContent.of(BallotState.DRAFT, reveal));
        assertEquals(ScreenContent.RESULT, ScreenContent.of(BallotState.PUBLISHED, reveal));
        assertEquals(ScreenContent.NOTHING, ScreenContent.of(BallotState.CANCELLED, reveal));
    }

    @Test
    void aClosedBallotShowsTheResultOnlyWhenTheAssociationRevealsAtClose() {
        assertEquals(ScreenContent.RESULT, ScreenContent.of(BallotState.CLOSED, ProjectorReveal.AT_CLOSE));
        assertEquals(ScreenContent.RESULT_FOLLOWS, ScreenContent.of(BallotState.CLOSED, ProjectorReveal.AFTER_PUBLICATION));
    }

    @Test
    void aScreenWaitingForTheNextStateFollowsTheLiveStream() {
        assertEquals(true, ScreenContent.RESULT_FOLLOWS.followsLive());
        assertEquals(false, ScreenContent.RESULT.followsLive());
    }
}
