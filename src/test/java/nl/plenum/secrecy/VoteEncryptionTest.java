package nl.plenum.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VoteEncryptionTest {

    private static final long BALLOT = 42;
    private final Random random = new Random(20261202);
    private final ScalarSource scalars = FixedScalars.seeded(random);
    private final BallotKeyPair key = BallotKeyPair.generate(scalars);

    @Test
    void everyChoiceOfEveryOptionSetVerifies() {
        for (int options = 2; options <= 3; options++) {
            for (int chosen = 0; chosen < options; chosen++) {
                EncryptedVote vote = VoteEncryption.encrypt(BALLOT, key.publicKey(), options, chosen, scalars);
                assertTrue(VoteEncryption.verify(BALLOT, key.publicKey(), options, vote), options + "/" + chosen);
            }
        }
    }

    @Test
    void eachCiphertextDecryptsToTheChoice() {
        EncryptedVote vote = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 2, scalars);
        for (int j = 0; j < 3; j++) {
            Decryption.Total t = Decryption.decrypt(BALLOT, key, j, vote.ciphertexts().get(j), 1, scalars);
            assertEquals(j == 2 ? 1 : 0, t.weight());
        }
    }

    @Test
    void aVoteForAnotherBallotOrKeyIsRefused() {
        EncryptedVote vote = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 0, scalars);
        assertFalse(VoteEncryption.verify(BALLOT + 1, key.publicKey(), 3, vote));
        assertFalse(VoteEncryption.verify(BALLOT, BallotKeyPair.generate(scalars).publicKey(), 3, vote));
        assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 2, vote));
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        EncryptedVote vote = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 1, scalars);
        for (int j = 0; j < 3; j++) {
            List<Ciphertext> cts = new ArrayList<>(vote.ciphertexts());
            Ciphertext ct = cts.get(j);
            cts.set(j, new Ciphertext(ct.a(), ct.b().add(Group.G).normalize())); // now encrypts m+1
            assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 3, new EncryptedVote(cts, vote.bitProofs(), vote.sumProof())));
        }
        List<Ciphertext> swapped = new ArrayList<>(vote.ciphertexts());
        swapped.set(0, vote.ciphertexts().get(1));
        swapped.set(1, vote.ciphertexts().get(0));
        assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 3, new EncryptedVote(swapped, vote.bitProofs(), vote.sumProof())));
    }

    @Test
    void aTamperedProofIsRefused() {
        EncryptedVote vote = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 0, scalars);
        BitProof p = vote.bitProofs().get(1);
        BigInteger one = BigInteger.ONE;
        List<BitProof> variants = List.of(
                new BitProof(p.c0().add(one).mod(Group.N), p.c1(), p.z0(), p.z1()),
                new BitProof(p.c0(), p.c1().add(one).mod(Group.N), p.z0(), p.z1()),
                new BitProof(p.c0(), p.c1(), p.z0().add(one).mod(Group.N), p.z1()),
                new BitProof(p.c0(), p.c1(), p.z0(), p.z1().add(one).mod(Group.N)));
        for (BitProof tampered : variants) {
            List<BitProof> proofs = new ArrayList<>(vote.bitProofs());
            proofs.set(1, tampered);
            assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 3, new EncryptedVote(vote.ciphertexts(), proofs, vote.sumProof())));
        }
        SumProof s = vote.sumProof();
        assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 3,
                new EncryptedVote(vote.ciphertexts(), vote.bitProofs(), new SumProof(s.c(), s.z().add(one).mod(Group.N)))));
    }

    @Test
    void aVoteForTwoOptionsCannotBeProved() {
        // two votes' ciphertexts mixed: option 0 from a YES vote, the rest from a NO vote → encrypts 1, 1, 0
        EncryptedVote yes = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 0, scalars);
        EncryptedVote no = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 1, scalars);
        List<Ciphertext> cts = List.of(yes.ciphertexts().get(0), no.ciphertexts().get(1), no.ciphertexts().get(2));
        List<BitProof> proofs = List.of(yes.bitProofs().get(0), no.bitProofs().get(1), no.bitProofs().get(2));
        assertFalse(VoteEncryption.verify(BALLOT, key.publicKey(), 3, new EncryptedVote(cts, proofs, no.sumProof())));
    }

    @Test
    void sameChoiceGivesDifferentCiphertextsAndTrackers() {
        EncryptedVote one = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 0, scalars);
        EncryptedVote two = VoteEncryption.encrypt(BALLOT, key.publicKey(), 3, 0, scalars);
        assertNotEquals(one.ciphertexts(), two.ciphertexts());
        assertNotEquals(one.tracker(BALLOT), two.tracker(BALLOT));
        assertTrue(one.tracker(BALLOT).matches("([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{4}"), one.tracker(BALLOT));
    }
}
