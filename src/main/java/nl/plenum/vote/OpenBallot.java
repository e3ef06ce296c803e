package nl.plenum.vote;

/**
 * A ballot a delegate can vote on now, for their own member or one that gave them a mandate;
 * {@code secret} so the list can say plainly that nobody will see the choice.
 */
public record OpenBallot(long ballotId, String question, String member, String memberName, boolean voted, boolean secret) {
}
