package nl.plenum.vote;

/** One vote to write: for {@code memberCode}, cast by the delegate of {@code actorCode}. */
public record CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, String actorCode) {
}
