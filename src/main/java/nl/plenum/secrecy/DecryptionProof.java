package nl.plenum.secrecy;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/** D = x·A of an aggregate, with the Chaum–Pedersen proof that the same x made the public key. */
public record DecryptionProof(ECPoint d, BigInteger c, BigInteger z) {
}
