package nl.plenum.secrecy;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;

/** Baby-step giant-step: the t in [0, max] with t·G = M, in about 2·√max point additions. */
public final class DiscreteLog {

    private DiscreteLog() {
    }

    /** The exponent, or -1 when none in [0, max] fits (which a correct tally never produces). */
    public static long of(ECPoint m, long max) {
        if (max < 0) {
            throw new IllegalArgumentException("negative bound");
        }
        long step = (long) Math.ceil(Math.sqrt(max + 1.0));
        Map<ByteBuffer, Long> baby = new HashMap<>((int) Math.min(step * 2, Integer.MAX_VALUE));
        ECPoint p = Group.IDENTITY;
        for (long j = 0; j < step; j++) {
            baby.put(key(p), j);
            p = p.add(Group.G).normalize();
        }
        ECPoint giant = p.negate(); // −step·G
        ECPoint q = m.normalize();
        for (long i = 0; i * step <= max; i++) {
            Long j = baby.get(key(q));
            if (j != null && i * step + j <= max) {
                return i * step + j;
            }
            q = q.add(giant).normalize();
        }
        return -1;
    }

    private static ByteBuffer key(ECPoint p) {
        return ByteBuffer.wrap(Group.encode(p));
    }
}
