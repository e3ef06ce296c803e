package nl.plenum.secrecy;

import java.util.List;

/** One voter's secret vote: a ciphertext per option, a 0-or-1 proof per option, and a proof they add up to 1. */
public record EncryptedVote(List<Ciphertext> ciphertexts, List<BitProof> bitProofs, SumProof sumProof) {

    public EncryptedVote {
        ciphertexts = List.copyOf(ciphertexts);
        bitProofs = List.copyOf(bitProofs);
        if (ciphertexts.size() != bitProofs.size()) {
            throw new IllegalArgumentException("one proof per ciphertext");
        }
    }

    public int options() {
        return ciphertexts.size();
    }

    /** The vote's tracker (docs/SECRECY.md §4): the voter's receipt. */
    public String tracker(long ballotId) {
        return Tracker.of(ballotId, ciphertexts);
    }

    /** Masked: nothing in a log should invite anyone to look for the choice in it. */
    @Override
    public String toString() {
        return "EncryptedVote[" + ciphertexts.size() + " options]";
    }
}
