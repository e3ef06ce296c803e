package nl.plenum.vote;

import nl.plenum.secrecy.EncryptedVote;
import nl.plenum.security.Login;

/**
 * One vote to write: for {@code memberCode}, cast by {@code login}. Whom that login acts for is looked
 * up in the register inside the writing transaction; {@code claimedActor} is set only when the
 * configuration trusts the token's member claim instead. On a SECRET ballot {@code encrypted} carries the
 * choice encrypted before the write (see {@link SecretVotes}); the batch stores only that.
 */
public record CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, Login login, String claimedActor,
        EncryptedVote encrypted) {

    public CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, Login login, String claimedActor) {
        this(ballotId, memberCode, choice, previousReceipt, login, claimedActor, null);
    }

    CastCommand withEncrypted(EncryptedVote vote) {
        return new CastCommand(ballotId, memberCode, choice, previousReceipt, login, claimedActor, vote);
    }

    /** Without the choice: a command may be logged, a secret choice must not be. */
    @Override
    public String toString() {
        return "CastCommand[ballot " + ballotId + ", member " + memberCode + "]";
    }
}
