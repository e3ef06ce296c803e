package nl.plenum.secrecy;

import org.bouncycastle.math.ec.ECPoint;

/** An exponential ElGamal ciphertext (A, B) = (r·G, m·G + r·H). */
public record Ciphertext(ECPoint a, ECPoint b) {

    public static final Ciphertext ZERO = new Ciphertext(Group.IDENTITY, Group.IDENTITY);

    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(a.add(other.a), b.add(other.b));
    }

    public Ciphertext normalize() {
        return new Ciphertext(a.normalize(), b.normalize());
    }
}
