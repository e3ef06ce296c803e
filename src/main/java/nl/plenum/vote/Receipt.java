package nl.plenum.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code a voter receives for a cast vote, e.g. {@code 7KQF-M2XA-9HTB-…}: 28 symbols (140 random bits)
 * from a base-32 alphabet without the look-alikes 0/O and 1/I, in groups of four. Only its
 * {@link #hash(String)} is stored, so the database alone cannot tell which code belongs to which vote.
 */
public final class Receipt {

    /** 32 symbols: digits 2–9 and letters without I and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Symbols in a code; 28 × 5 bits = 140 random bits. */
    public static final int LENGTH = 28;
    static final int GROUP = 4;
    /** Input longer than this is junk, whatever it contains; keeps normalising cheap. */
    private static final int MAX_INPUT = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String code;

    private Receipt(String code) {
        this.code = code;
    }

    /** A new receipt with a fresh random code. */
    public static Receipt issue() {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Receipt(grouped(symbols));
    }

    /** The receipt for a code as a voter typed it, in canonical form. */
    public static Receipt of(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a receipt code");
        }
        return new Receipt(grouped(normalise(code)));
    }

    /** The code to show the voter, in groups of four separated by dashes. */
    public String code() {
        return code;
    }

    /** The hash stored with the vote. */
    public String hash() {
        return hash(code);
    }

    /**
     * SHA-256 of the normalised code as 64 lower-case hex characters. Normalising first means
     * "7kqf m2xa…" and "7KQF-M2XA-…" find the same vote.
     */
    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the text, after normalising, is 28 symbols of the receipt alphabet. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() > MAX_INPUT) {
            return false;
        }
        String normal = normalise(code);
        return normal.length() == LENGTH && normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Upper-case with dashes and whitespace removed: what the voter meant, however it was typed. */
    public static String normalise(String code) {
        if (code == null) {
            throw new IllegalArgumentException("no receipt code");
        }
        StringBuilder out = new StringBuilder(code.length());
        code.codePoints()
                .filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static String grouped(CharSequence symbols) {
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < symbols.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append('-');
            }
            out.append(symbols.charAt(i));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receipt receipt && receipt.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Masked: a receipt code is the voter's secret and must not end up in logs. */
    @Override
    public String toString() {
        return "Receipt[" + code.substring(0, GROUP) + "-…]";
    }
}
