package nl.plenum.vote;

import nl.plenum.security.Login;

/**
 * One vote to write: for {@code memberCode}, cast by {@code login}. Whom that login acts for is looked
 * up in the register inside the writing transaction; {@code claimedActor} is set only when the
 * configuration trusts the token's member claim instead.
 */
public record CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, Login login, String claimedActor) {
}
