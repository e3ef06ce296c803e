package nl.plenum.secrecy;

import java.math.BigInteger;

/** A ballot's key pair; the private part leaves memory only sealed (see {@link KeySeal}). */
public record BallotKeyPair(BigInteger x, BallotPublicKey publicKey) {

    public BallotKeyPair {
        if (x.signum() <= 0 || x.compareTo(Group.N) >= 0) {
            throw new IllegalArgumentException("private key out of range");
        }
    }

    public static BallotKeyPair of(BigInteger x) {
        return new BallotKeyPair(x, new BallotPublicKey(Group.timesG(x)));
    }

    public static BallotKeyPair generate(ScalarSource random) {
        return of(random.next());
    }

    /** Masked: a private key must not end up in a log. */
    @Override
    public String toString() {
        return "BallotKeyPair[" + publicKey.hex() + "]";
    }
}
