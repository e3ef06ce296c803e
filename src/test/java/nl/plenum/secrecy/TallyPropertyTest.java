package nl.plenum.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random weights and choices: the decrypted aggregates equal the plaintext sums, and their proofs hold. */
class TallyPropertyTest {

    @Test
    void decryptedTotalsEqualPlaintextSums() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            ScalarSource scalars = FixedScalars.seeded(random);
            BallotKeyPair key = BallotKeyPair.generate(scalars);
            int options = 2 + random.nextInt(2);
            int voters = 1 + random.nextInt(60);
            long[] expected = new long[options];
            long entitled = 0;
            WeightedSum sum = new WeightedSum(options);
            for (int v = 0; v < voters; v++) {
                int weight = 1 + random.nextInt(random.nextBoolean() ? 5 : 100_000); // many equal weights, some large
                int chosen = random.nextInt(options);
                expected[chosen] += weight;
                entitled += weight;
                sum.add(weight, VoteEncryption.encrypt(seed, key.publicKey(), options, chosen, scalars).ciphertexts());
            }
            List<Ciphertext> aggregates = sum.aggregates();
            for (int j = 0; j < options; j++) {
                Decryption.Total total = Decryption.decrypt(seed, key, j, aggregates.get(j), entitled, scalars);
                assertEquals(expected[j], total.weight(), "seed " + seed + " option " + j);
                assertTrue(Decryption.verify(seed, key.publicKey(), j, aggregates.get(j), expected[j], total.proof()));
            }
            assertEquals(voters, sum.votes());
        }
    }

    @Test
    void countsAndWeightsOfSplitAndMergedSumsEqualThePlaintext() {
        Random random = new Random(77);
        ScalarSource scalars = FixedScalars.seeded(random);
        BallotKeyPair key = BallotKeyPair.generate(scalars);
        SecretCount left = new SecretCount(3);
        SecretCount right = new SecretCount(3);
        long[] weights = new long[3];
        long[] counts = new long[3];
        for (int v = 0; v < 40; v++) {
            int weight = 1 + random.nextInt(20);
            int chosen = random.nextInt(3);
            weights[chosen] += weight;
            counts[chosen]++;
            (v % 2 == 0 ? left : right).add(weight, VoteEncryption.encrypt(2, key.publicKey(), 3, chosen, scalars).ciphertexts());
        }
        SecretCount.Result result = left.merge(right).decrypt(2, key, 1000, 40, scalars);
        for (int j = 0; j < 3; j++) {
            assertEquals(weights[j], result.weights().get(j).total());
            assertEquals(counts[j], result.counts().get(j).total());
        }
        assertEquals(40, result.votes());
    }

    @Test
    void anOptionNobodyChoseDecryptsToZero() {
        Random random = new Random(99);
        ScalarSource scalars = FixedScalars.seeded(random);
        BallotKeyPair key = BallotKeyPair.generate(scalars);
        WeightedSum sum = new WeightedSum(3);
        sum.add(4, VoteEncryption.encrypt(1, key.publicKey(), 3, 0, scalars).ciphertexts());
        sum.add(4, VoteEncryption.encrypt(1, key.publicKey(), 3, 0, scalars).ciphertexts());
        Ciphertext abstain = sum.aggregates().get(2);
        Decryption.Total total = Decryption.decrypt(1, key, 2, abstain, 8, scalars);
        assertEquals(0, total.weight());
        assertTrue(Decryption.verify(1, key.publicKey(), 2, abstain, 0, total.proof()));
        Decryption.Total empty = Decryption.decrypt(1, key, 0, Ciphertext.ZERO, 8, scalars);
        assertEquals(0, empty.weight());
        assertTrue(Decryption.verify(1, key.publicKey(), 0, Ciphertext.ZERO, 0, empty.proof()));
    }

    @Test
    void tamperedDecryptionIsRefused() {
        Random random = new Random(5);
        ScalarSource scalars = FixedScalars.seeded(random);
        BallotKeyPair key = BallotKeyPair.generate(scalars);
        WeightedSum sum = new WeightedSum(2);
        sum.add(13, VoteEncryption.encrypt(9, key.publicKey(), 2, 1, scalars).ciphertexts());
        sum.add(14, VoteEncryption.encrypt(9, key.publicKey(), 2, 0, scalars).ciphertexts());
        Ciphertext yes = sum.aggregates().get(0);
        Decryption.Total total = Decryption.decrypt(9, key, 0, yes, 27, scalars);
        DecryptionProof p = total.proof();
        assertEquals(14, total.weight());
        assertTrue(Decryption.verify(9, key.publicKey(), 0, yes, 14, p));
        assertFalse(Decryption.verify(9, key.publicKey(), 0, yes, 13, p), "a claimed total that is not the plaintext");
        assertFalse(Decryption.verify(9, key.publicKey(), 1, yes, 14, p), "proof of another option");
        assertFalse(Decryption.verify(9, key.publicKey(), 0, yes, 14,
                new DecryptionProof(p.d().add(Group.G).normalize(), p.c(), p.z())), "a shifted decryption share");
        assertFalse(Decryption.verify(9, key.publicKey(), 0, yes, 14,
                new DecryptionProof(p.d(), p.c(), p.z().add(BigInteger.ONE))), "a changed response");
        // a share made with another key, claiming the same total, does not prove against this key
        BallotKeyPair other = BallotKeyPair.generate(scalars);
        assertFalse(Decryption.verify(9, other.publicKey(), 0, yes, 14, p));
    }

    @Test
    void discreteLogReachesTenMillion() {
        assertEquals(10_000_000, DiscreteLog.of(Group.timesG(BigInteger.valueOf(10_000_000)), 10_000_000));
        assertEquals(9_999_999, DiscreteLog.of(Group.timesG(BigInteger.valueOf(9_999_999)), 10_000_000));
        assertEquals(0, DiscreteLog.of(Group.IDENTITY, 10_000_000));
        assertEquals(-1, DiscreteLog.of(Group.timesG(BigInteger.valueOf(10_000_001)), 10_000_000));
    }
}
