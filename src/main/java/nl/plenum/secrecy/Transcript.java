package nl.plenum.secrecy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.math.ec.ECPoint;

/** SHA-256 over length-prefixed items (docs/SECRECY.md §2): the Fiat–Shamir challenges and the tracker. */
final class Transcript {

    static final String BIT = "plenum/secret/v1/bit";
    static final String SUM = "plenum/secret/v1/sum";
    static final String DECRYPT = "plenum/secret/v1/decrypt";
    static final String TRACKER = "plenum/secret/v1/tracker";

    private final MessageDigest sha;

    Transcript(String tag) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        item(tag.getBytes(StandardCharsets.US_ASCII));
    }

    Transcript add(long value) {
        return item(ByteBuffer.allocate(8).putLong(value).array());
    }

    Transcript add(ECPoint point) {
        return item(Group.encode(point));
    }

    Transcript add(Iterable<Ciphertext> ciphertexts) {
        for (Ciphertext ct : ciphertexts) {
            add(ct.a()).add(ct.b());
        }
        return this;
    }

    private Transcript item(byte[] bytes) {
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
        return this;
    }

    byte[] digest() {
        return sha.digest();
    }

    BigInteger challenge() {
        return new BigInteger(1, digest()).mod(Group.N);
    }
}
