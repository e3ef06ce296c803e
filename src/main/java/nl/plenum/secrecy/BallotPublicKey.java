package nl.plenum.secrecy;

import org.bouncycastle.math.ec.ECPoint;

/** A ballot's public key H = x·G, with its comb precomputed so encryptions need fixed-base multiplications only. */
public record BallotPublicKey(ECPoint h) {

    public BallotPublicKey {
        if (h.isInfinity()) {
            throw new IllegalArgumentException("the identity is no public key");
        }
        h = Group.fixedBase(h);
    }

    public static BallotPublicKey of(String hex) {
        return new BallotPublicKey(Group.point(hex));
    }

    public String hex() {
        return Group.hex(h);
    }
}
