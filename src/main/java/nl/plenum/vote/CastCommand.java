package nl.plenum.vote;

import nl.plenum.secrecy.EncryptedVote;

/**
 * One vote to write: for {@code memberCode}, cast by the delegate of {@code actorCode}. On a SECRET ballot
 * {@code encrypted} carries the choice encrypted before the write (see {@link SecretVotes}); the batch
 * stores only that.
 */
public record CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, String actorCode,
        EncryptedVote encrypted) {

    public CastCommand(long ballotId, String memberCode, Choice choice, String previousReceipt, String actorCode) {
        this(ballotId, memberCode, choice, previousReceipt, actorCode, null);
    }

    CastCommand withEncrypted(EncryptedVote vote) {
        return new CastCommand(ballotId, memberCode, choice, previousReceipt, actorCode, vote);
    }

    /** Without the choice: a command may be logged, a secret choice must not be. */
    @Override
    public String toString() {
        return "CastCommand[ballot " + ballotId + ", member " + memberCode + ", by " + actorCode + "]";
    }
}
