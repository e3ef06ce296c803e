package nl.plenum.secrecy;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Where the random scalars of keys, encryptions and proofs come from: SecureRandom, or fixed values in known-answer tests. */
@FunctionalInterface
public interface ScalarSource {

    /** A scalar in [1, n). */
    BigInteger next();

    static ScalarSource secure() {
        SecureRandom random = new SecureRandom();
        return () -> {
            while (true) {
                BigInteger k = new BigInteger(Group.N.bitLength(), random);
                if (k.signum() > 0 && k.compareTo(Group.N) < 0) {
                    return k;
                }
            }
        };
    }
}
