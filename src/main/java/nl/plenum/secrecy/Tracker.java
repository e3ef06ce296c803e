package nl.plenum.secrecy;

import java.util.List;

/**
 * A secret vote's tracker: a hash of its ciphertexts, written like a receipt code (28 symbols of the
 * receipt alphabet in groups of four). It proves the vote was counted, never what it says.
 */
public final class Tracker {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int SYMBOLS = 28;

    private Tracker() {
    }

    public static String of(long ballotId, List<Ciphertext> ciphertexts) {
        byte[] digest = new Transcript(Transcript.TRACKER).add(ballotId).add(ciphertexts).digest();
        StringBuilder code = new StringBuilder(SYMBOLS + SYMBOLS / 4);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(bits(digest, i * 5)));
        }
        return code.toString();
    }

    /** The 5 bits from bit offset {@code from} (big-endian). */
    private static int bits(byte[] bytes, int from) {
        int value = 0;
        for (int b = from; b < from + 5; b++) {
            value = value << 1 | (bytes[b / 8] >> (7 - b % 8)) & 1;
        }
        return value;
    }
}
