package nl.plenum.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeySealTest {

    private final byte[] kek = new byte[32];
    private final BigInteger x = new BigInteger("0fedcba9876543210fedcba9876543210fedcba9876543210fedcba987654321", 16);

    KeySealTest() {
        Arrays.fill(kek, (byte) 7);
    }

    @Test
    void aSealedKeyOpensWithTheSameKeyForTheSameBallot() {
        byte[] sealed = new KeySeal(kek).seal(5, x);
        assertEquals(x, new KeySeal(kek).open(5, sealed));
        assertFalse(HexFormat.of().formatHex(sealed).contains(x.toString(16)), "the key is not in the seal in the clear");
    }

    @Test
    void anotherKeyAnotherBallotOrAFlippedBitDoesNotOpen() {
        byte[] sealed = new KeySeal(kek).seal(5, x);
        byte[] otherKek = kek.clone();
        otherKek[0] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> new KeySeal(otherKek).open(5, sealed));
        assertThrows(IllegalArgumentException.class, () -> new KeySeal(kek).open(6, sealed));
        byte[] flipped = sealed.clone();
        flipped[20] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> new KeySeal(kek).open(5, flipped));
    }

    @Test
    void aShortKeyEncryptionKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeySeal(new byte[16]));
    }
}
