package nl.plenum.vote;

/** A ballot a delegate can vote on now, for their own member or one that gave them a mandate. */
public record OpenBallot(long ballotId, String question, String member, String memberName, boolean voted) {
}
