package nl.plenum.secrecy;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/** Decrypts an option's aggregate with a proof of correct decryption, and checks such a proof (docs/SECRECY.md §5). */
public final class Decryption {

    /** A decrypted total and the proof that it is what the aggregate holds. */
    public record Total(long weight, DecryptionProof proof) {
    }

    private Decryption() {
    }

    public static Total decrypt(long ballotId, BallotKeyPair key, int option, Ciphertext aggregate, long maxTotal, ScalarSource random) {
        if (aggregate.a().isInfinity()) {
            if (!aggregate.b().isInfinity()) {
                throw new IllegalStateException("aggregate without randomness does not encrypt a tally");
            }
            return new Total(0, new DecryptionProof(Group.IDENTITY, BigInteger.ZERO, BigInteger.ZERO));
        }
        ECPoint a = aggregate.a().normalize();
        ECPoint d = Group.timesAny(a, key.x()).normalize();
        long total = DiscreteLog.of(aggregate.b().subtract(d), maxTotal);
        if (total < 0) {
            throw new IllegalStateException("aggregate of option " + option + " holds no total up to " + maxTotal);
        }
        BigInteger w = random.next();
        BigInteger c = challenge(ballotId, key.publicKey().h(), option, aggregate, d, Group.timesG(w), Group.timesAny(a, w));
        return new Total(total, new DecryptionProof(d, c, w.add(c.multiply(key.x())).mod(Group.N)));
    }

    /** Whether the proof shows that {@code aggregate} decrypts to {@code total} under {@code key}. */
    public static boolean verify(long ballotId, BallotPublicKey key, int option, Ciphertext aggregate, long total, DecryptionProof proof) {
        if (total < 0) {
            return false;
        }
        if (aggregate.a().isInfinity()) {
            return total == 0 && aggregate.b().isInfinity() && proof.d().isInfinity()
                    && proof.c().signum() == 0 && proof.z().signum() == 0;
        }
        ECPoint d = proof.d();
        ECPoint u = Group.timesG(proof.z()).subtract(Group.timesAny(key.h(), proof.c()));
        ECPoint v = Group.timesAny(aggregate.a(), proof.z()).subtract(Group.timesAny(d, proof.c()));
        return proof.c().equals(challenge(ballotId, key.h(), option, aggregate, d, u, v))
                && aggregate.b().subtract(d).equals(Group.timesG(BigInteger.valueOf(total)));
    }

    private static BigInteger challenge(long ballotId, ECPoint h, int option, Ciphertext aggregate, ECPoint d, ECPoint u, ECPoint v) {
        return new Transcript(Transcript.DECRYPT).add(ballotId).add(h).add(option)
                .add(aggregate.a()).add(aggregate.b()).add(d).add(u).add(v).challenge();
    }
}
