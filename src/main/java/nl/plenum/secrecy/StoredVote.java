package nl.plenum.secrecy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The database form of an encrypted vote: ciphertexts as SEC1 uncompressed points (65 bytes; they decode
 * without a square root, which keeps the close of 100,000 votes fast), proofs as 32-byte scalars.
 */
public final class StoredVote {

    private static final int POINT = 65;
    private static final int SCALAR = 32;

    private StoredVote() {
    }

    /** Per option A‖B. */
    public static byte[] ciphertexts(EncryptedVote vote) {
        ByteBuffer out = ByteBuffer.allocate(vote.options() * 2 * POINT);
        for (Ciphertext ct : vote.ciphertexts()) {
            out.put(Group.encodeUncompressed(ct.a())).put(Group.encodeUncompressed(ct.b()));
        }
        return out.array();
    }

    /** Per option c0‖c1‖z0‖z1, then c‖z of the sum proof. */
    public static byte[] proofs(EncryptedVote vote) {
        ByteBuffer out = ByteBuffer.allocate((vote.options() * 4 + 2) * SCALAR);
        for (BitProof p : vote.bitProofs()) {
            out.put(scalar(p.c0())).put(scalar(p.c1())).put(scalar(p.z0())).put(scalar(p.z1()));
        }
        return out.put(scalar(vote.sumProof().c())).put(scalar(vote.sumProof().z())).array();
    }

    public static List<Ciphertext> ciphertexts(byte[] stored) {
        if (stored.length == 0 || stored.length % (2 * POINT) != 0) {
            throw new IllegalArgumentException("stored ciphertexts have the wrong length");
        }
        List<Ciphertext> cts = new ArrayList<>(stored.length / (2 * POINT));
        for (int at = 0; at < stored.length; at += 2 * POINT) {
            cts.add(new Ciphertext(Group.decode(Arrays.copyOfRange(stored, at, at + POINT)),
                    Group.decode(Arrays.copyOfRange(stored, at + POINT, at + 2 * POINT))));
        }
        return cts;
    }

    public static EncryptedVote vote(byte[] ciphertexts, byte[] proofs) {
        List<Ciphertext> cts = ciphertexts(ciphertexts);
        if (proofs.length != (cts.size() * 4 + 2) * SCALAR) {
            throw new IllegalArgumentException("stored proofs have the wrong length");
        }
        ByteBuffer in = ByteBuffer.wrap(proofs);
        List<BitProof> bits = new ArrayList<>(cts.size());
        for (int j = 0; j < cts.size(); j++) {
            bits.add(new BitProof(scalar(in), scalar(in), scalar(in), scalar(in)));
        }
        return new EncryptedVote(cts, bits, new SumProof(scalar(in), scalar(in)));
    }

    private static byte[] scalar(BigInteger k) {
        byte[] raw = k.toByteArray();
        byte[] out = new byte[SCALAR];
        int n = Math.min(raw.length, SCALAR);
        System.arraycopy(raw, raw.length - n, out, SCALAR - n, n);
        return out;
    }

    private static BigInteger scalar(ByteBuffer in) {
        byte[] bytes = new byte[SCALAR];
        in.get(bytes);
        return new BigInteger(1, bytes);
    }
}
