package nl.plenum.delegate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: 16 characters from an alphabet without look-alikes (80 random bits), printed in
 * groups of four. Only the SHA-256 of the normalised code is stored, so a database dump binds nobody.
 */
public final class InvitationCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCode() {
    }

    public static String issue() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, without spaces and dashes, upper case; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char ch : code.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return null;
            }
        }
        return code;
    }

    /** The stored form of a code as typed; null when it cannot be a code. */
    public static String hash(String typed) {
        String code = normalise(typed);
        if (code == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
