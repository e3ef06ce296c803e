package nl.plenum.web;

import java.util.List;
import java.util.Locale;
import nl.plenum.ballot.BallotState;
import nl.plenum.result.Turnout;

/**
 * What the chair console and the projector show while a ballot is open, pushed by Server-Sent
 * Events. Turnout only: who and how much weight has voted, never how.
 */
public record LiveTurnout(long ballotId, BallotState state, String votedMembers, String entitledMembers,
        String votedWeight, String entitledWeight, String percent, String progress, List<Member> notVoted) {

    public record Member(String code, String name) {
    }

    static LiveTurnout of(BallotState state, Turnout t, Locale locale) {
        java.math.BigDecimal share = nl.plenum.result.Percent.of(t.votedWeight(), t.entitledWeight());
        return new LiveTurnout(t.ballotId(), state,
                Numbers.number(t.votedMembers(), locale), Numbers.number(t.entitledMembers(), locale),
                Numbers.number(t.votedWeight(), locale), Numbers.number(t.entitledWeight(), locale),
                Numbers.percent(share, locale), Numbers.plain(share),
                t.notVoted().stream().map(m -> new Member(m.code(), m.name())).toList());
    }

    /** Before the ballot opens nobody is entitled yet. */
    static LiveTurnout notOpened(long ballotId, BallotState state, Locale locale) {
        return new LiveTurnout(ballotId, state, "0", "0", "0", "0", Numbers.percent(null, locale), "0", List.of());
    }

    public boolean hasNotVoted() {
        return !notVoted.isEmpty();
    }
}
