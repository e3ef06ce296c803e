package nl.plenum.secrecy;

import java.math.BigInteger;

/** Disjunctive Chaum–Pedersen proof that one option's ciphertext encrypts 0 or 1 (docs/SECRECY.md §4). */
public record BitProof(BigInteger c0, BigInteger c1, BigInteger z0, BigInteger z1) {
}
