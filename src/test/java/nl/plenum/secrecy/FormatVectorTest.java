package nl.plenum.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The test vector of docs/SECRECY.md: an independent verifier is built from that document, so a change of
 * the format (hash order, encodings, tracker) must fail here and be made in the document too.
 */
class FormatVectorTest {

    private final BallotKeyPair key = BallotKeyPair.of(BigInteger.TWO);
    private final EncryptedVote vote = VoteEncryption.encrypt(7, key.publicKey(), 2, 0, FixedScalars.counting(1));

    @Test
    void theVoteOfTheDocumentIsReproduced() throws Exception {
        String doc = Files.readString(Path.of("docs/SECRECY.md"));
        assertEquals("U9YV-P6SR-RQ3M-7PDM-LDSK-WU6D-YZSA", vote.tracker(7));
        assertEquals("0098fdd6759bb177de281ec4a23119abbe8667722376ac62d5f56c74ce702549", Group.hex(vote.sumProof().c()));
        assertEquals("d26d1f01f00664ce13b8cf3fc53f2480c69bbd2b4f8aef46d8de146de06cc992", Group.hex(vote.bitProofs().get(0).c1()));
        assertEquals("c3ad3267a84b199cd7c92810b57afd2b6d9d323359446a820976151498072e71", Group.hex(vote.bitProofs().get(1).c0()));
        for (String value : new String[] {vote.tracker(7), Group.hex(vote.sumProof().c()), Group.hex(vote.sumProof().z()),
                Group.hex(vote.ciphertexts().get(1).b()), Group.hex(vote.bitProofs().get(1).z0())}) {
            assertTrue(doc.contains(value), "docs/SECRECY.md lists " + value);
        }
        assertTrue(VoteEncryption.verify(7, key.publicKey(), 2, vote));
    }

    @Test
    void theDecryptionOfTheDocumentIsReproduced() throws Exception {
        WeightedSum sum = new WeightedSum(2);
        sum.add(3, vote.ciphertexts());
        Ciphertext aggregate = sum.aggregates().get(0);
        Decryption.Total total = Decryption.decrypt(7, key, 0, aggregate, 10, FixedScalars.counting(10));
        assertEquals(3, total.weight());
        assertEquals(Group.timesG(BigInteger.valueOf(6)), total.proof().d());
        assertEquals("2e4d40921db95cc814095d371b37b5ee411879b521b3a28c6338465e0a6b124e", Group.hex(total.proof().c()));
        assertTrue(Files.readString(Path.of("docs/SECRECY.md")).contains(Group.hex(total.proof().z())));
    }
}
