package nl.plenum.secrecy;

import java.math.BigInteger;
import java.util.Random;

/** Randomness for tests: fixed values for known answers, or a seeded Random for property tests. */
final class FixedScalars {

    private FixedScalars() {
    }

    /** 1, 2, 3, … from {@code first}: known-answer tests. */
    static ScalarSource counting(long first) {
        long[] next = {first};
        return () -> BigInteger.valueOf(next[0]++);
    }

    static ScalarSource seeded(Random random) {
        return () -> {
            while (true) {
                BigInteger k = new BigInteger(256, random);
                if (k.signum() > 0 && k.compareTo(Group.N) < 0) {
                    return k;
                }
            }
        };
    }
}
