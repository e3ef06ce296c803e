package nl.plenum.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * Fixed keys and randomness against P-256 multiples published independently of this code
 * (the point multiplication test vectors of secp256r1: 2G and 3G).
 */
class KnownAnswerTest {

    static final String TWO_G_X = "7cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978";
    static final String TWO_G_Y = "07775510db8ed040293d9ac69f7430dbba7dade63ce982299e04b79d227873d1";
    static final String THREE_G_X = "5ecbe4d1a6330a44c8f7ef951d4bf165e6c6b721efada985fb41661bc6e7fd6c";
    static final String THREE_G_Y = "8734640c4998ff7e374b06ce1a64a2ecd82ab036384fb83d9a79b127a27d5032";

    @Test
    void fixedBaseCombMatchesPublishedMultiples() {
        assertPoint(Group.timesG(BigInteger.TWO), TWO_G_X, TWO_G_Y);
        assertPoint(Group.timesG(BigInteger.valueOf(3)), THREE_G_X, THREE_G_Y);
    }

    @Test
    void encryptionWithKeyTwoAndRandomnessOneIsGAndThreeG() {
        BallotKeyPair key = BallotKeyPair.of(BigInteger.TWO); // H = 2G
        assertPoint(key.publicKey().h(), TWO_G_X, TWO_G_Y);
        // the first scalar drawn is r of option 0; choosing option 0 makes B = 1·G + 1·H = 3G
        EncryptedVote vote = VoteEncryption.encrypt(7, key.publicKey(), 2, 0, FixedScalars.counting(1));
        assertEquals(Group.G, vote.ciphertexts().get(0).a());
        assertPoint(vote.ciphertexts().get(0).b(), THREE_G_X, THREE_G_Y);
        // option 1 got r = 2 and m = 0: A = 2G, B = 2H = 4G
        assertPoint(vote.ciphertexts().get(1).a(), TWO_G_X, TWO_G_Y);
        assertEquals(Group.timesG(BigInteger.valueOf(4)), vote.ciphertexts().get(1).b());
        assertTrue(VoteEncryption.verify(7, key.publicKey(), 2, vote));
    }

    @Test
    void compressedEncodingIsSec1() {
        // 2G has an odd y (…d1): prefix 03
        assertEquals("03" + TWO_G_X, Group.hex(Group.timesG(BigInteger.TWO)));
        assertEquals("00", Group.hex(Group.IDENTITY));
        assertEquals(Group.timesG(BigInteger.TWO), Group.point("03" + TWO_G_X));
    }

    @Test
    void decryptionOfAKnownAggregateGivesItsTotal() {
        BallotKeyPair key = BallotKeyPair.of(BigInteger.TWO);
        // A = 5G, B = 12G + 5H = 22G: encrypts 12
        Ciphertext aggregate = new Ciphertext(Group.timesG(BigInteger.valueOf(5)), Group.timesG(BigInteger.valueOf(22)));
        Decryption.Total total = Decryption.decrypt(3, key, 0, aggregate, 100, FixedScalars.counting(9));
        assertEquals(12, total.weight());
        assertEquals(Group.timesG(BigInteger.TEN), total.proof().d()); // D = x·A = 10G
        assertTrue(Decryption.verify(3, key.publicKey(), 0, aggregate, 12, total.proof()));
    }

    private static void assertPoint(ECPoint p, String x, String y) {
        ECPoint n = p.normalize();
        assertEquals(x, Group.hex(n.getAffineXCoord().toBigInteger()));
        assertEquals(y, Group.hex(n.getAffineYCoord().toBigInteger()));
    }
}
