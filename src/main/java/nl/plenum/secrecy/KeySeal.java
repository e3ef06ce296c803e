package nl.plenum.secrecy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a ballot's private key with AES-256-GCM under the key-encryption key from configuration, so the
 * database only ever holds it sealed. The ballot id is authenticated data: a sealed key moved to another
 * ballot does not open.
 */
public final class KeySeal {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec kek;

    public KeySeal(byte[] keyEncryptionKey) {
        if (keyEncryptionKey.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (256 bits)");
        }
        this.kek = new SecretKeySpec(keyEncryptionKey.clone(), "AES");
    }

    public byte[] seal(long ballotId, BigInteger privateKey) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] plain = pad(privateKey);
        try {
            Cipher aes = cipher(Cipher.ENCRYPT_MODE, nonce, ballotId);
            byte[] sealed = aes.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The private key, or an exception when the seal was made with another key, for another ballot, or altered. */
    public BigInteger open(long ballotId, byte[] sealed) {
        if (sealed.length <= NONCE) {
            throw new IllegalArgumentException("not a sealed key");
        }
        Cipher aes = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE), ballotId);
        try {
            byte[] plain = aes.doFinal(sealed, NONCE, sealed.length - NONCE);
            BigInteger x = new BigInteger(1, plain);
            Arrays.fill(plain, (byte) 0);
            return x;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed ballot key does not open with this key-encryption key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long ballotId) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, kek, new GCMParameterSpec(128, nonce));
            aes.updateAAD(("plenum/ballot-key/v1/" + ballotId).getBytes(StandardCharsets.US_ASCII));
            return aes;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] pad(BigInteger x) {
        byte[] raw = x.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
