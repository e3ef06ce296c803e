package nl.plenum.secrecy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Encrypts a choice as one ciphertext per option with its proofs, and checks such a vote
 * (docs/SECRECY.md §4). The prover knows each r and m, so even the simulated branch of a bit proof
 * is computed from G and H alone: a vote with k options costs 7k + 2 fixed-base multiplications.
 */
public final class VoteEncryption {

    private VoteEncryption() {
    }

    /** The vote for option {@code chosen} (0-based) out of {@code options}. */
    public static EncryptedVote encrypt(long ballotId, BallotPublicKey key, int options, int chosen, ScalarSource random) {
        if (options < 2 || chosen < 0 || chosen >= options) {
            throw new IllegalArgumentException("choice outside the options");
        }
        ECPoint h = key.h();
        BigInteger[] r = new BigInteger[options];
        List<Ciphertext> cts = new ArrayList<>(options);
        for (int j = 0; j < options; j++) {
            r[j] = random.next();
            ECPoint rh = Group.times(h, r[j]);
            cts.add(new Ciphertext(Group.timesG(r[j]), j == chosen ? rh.add(Group.G) : rh).normalize());
        }
        List<BitProof> proofs = new ArrayList<>(options);
        BigInteger rSum = BigInteger.ZERO;
        for (int j = 0; j < options; j++) {
            proofs.add(proveBit(ballotId, key, cts, j, j == chosen ? 1 : 0, r[j], random));
            rSum = rSum.add(r[j]);
        }
        BigInteger w = random.next();
        BigInteger c = new Transcript(Transcript.SUM).add(ballotId).add(h).add(cts)
                .add(Group.timesG(w)).add(Group.times(h, w)).challenge();
        return new EncryptedVote(cts, proofs, new SumProof(c, w.add(c.multiply(rSum)).mod(Group.N)));
    }

    private static BitProof proveBit(long ballotId, BallotPublicKey key, List<Ciphertext> cts, int j, int m, BigInteger r, ScalarSource random) {
        ECPoint h = key.h();
        int u = 1 - m; // the branch that is not true, simulated
        BigInteger cu = random.next();
        BigInteger zu = random.next();
        BigInteger w = random.next();
        BigInteger s = zu.subtract(cu.multiply(r));
        ECPoint[] a = new ECPoint[2];
        ECPoint[] b = new ECPoint[2];
        a[u] = Group.timesG(s);
        b[u] = Group.times(h, s).add(Group.timesG(cu.multiply(BigInteger.valueOf(u - m))));
        a[m] = Group.timesG(w);
        b[m] = Group.times(h, w);
        BigInteger c = bitChallenge(ballotId, h, cts, j, a, b);
        BigInteger cm = c.subtract(cu).mod(Group.N);
        BigInteger zm = w.add(cm.multiply(r)).mod(Group.N);
        return m == 0 ? new BitProof(cm, cu, zm, zu) : new BitProof(cu, cm, zu, zm);
    }

    private static BigInteger bitChallenge(long ballotId, ECPoint h, List<Ciphertext> cts, int j, ECPoint[] a, ECPoint[] b) {
        return new Transcript(Transcript.BIT).add(ballotId).add(h).add(cts).add(j)
                .add(a[0]).add(b[0]).add(a[1]).add(b[1]).challenge();
    }

    /** Whether the vote has {@code options} ciphertexts, each proved 0 or 1, proved to add up to 1. */
    public static boolean verify(long ballotId, BallotPublicKey key, int options, EncryptedVote vote) {
        List<Ciphertext> cts = vote.ciphertexts();
        if (cts.size() != options) {
            return false;
        }
        ECPoint h = key.h();
        Ciphertext sum = Ciphertext.ZERO;
        for (int j = 0; j < options; j++) {
            Ciphertext ct = cts.get(j);
            if (ct.a().isInfinity() || !ct.a().isValid() || !ct.b().isValid()) {
                return false;
            }
            BitProof p = vote.bitProofs().get(j);
            BigInteger[] c = {p.c0(), p.c1()};
            BigInteger[] z = {p.z0(), p.z1()};
            ECPoint[] a = new ECPoint[2];
            ECPoint[] b = new ECPoint[2];
            for (int v = 0; v < 2; v++) {
                a[v] = Group.timesG(z[v]).subtract(Group.timesAny(ct.a(), c[v]));
                ECPoint target = v == 0 ? ct.b() : ct.b().subtract(Group.G);
                b[v] = Group.times(h, z[v]).subtract(Group.timesAny(target, c[v]));
            }
            if (!p.c0().add(p.c1()).mod(Group.N).equals(bitChallenge(ballotId, h, cts, j, a, b))) {
                return false;
            }
            sum = sum.add(ct);
        }
        SumProof s = vote.sumProof();
        ECPoint a = Group.timesG(s.z()).subtract(Group.timesAny(sum.a(), s.c()));
        ECPoint b = Group.times(h, s.z()).subtract(Group.timesAny(sum.b().subtract(Group.G), s.c()));
        return s.c().equals(new Transcript(Transcript.SUM).add(ballotId).add(h).add(cts).add(a).add(b).challenge());
    }
}
