package nl.plenum.secrecy;

import java.math.BigInteger;

/** Chaum–Pedersen proof that a vote's ciphertexts add up to an encryption of exactly 1. */
public record SumProof(BigInteger c, BigInteger z) {
}
