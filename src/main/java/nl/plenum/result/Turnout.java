package nl.plenum.result;

import java.util.List;

/** Who has voted so far: the chair sees this while a ballot is open, never an interim tally. */
public record Turnout(long ballotId, long votedMembers, long votedWeight, long entitledMembers, long entitledWeight,
        List<MemberRef> notVoted) {

    public record MemberRef(String code, String name, int weight) {
    }
}
