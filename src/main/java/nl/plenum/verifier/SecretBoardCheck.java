package nl.plenum.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The cryptography of a secret ballot, recomputed from the bundle alone (docs/SECRECY.md §1–§5) with this
 * package's own arithmetic on BouncyCastle's curve: every tracker, bit proof and sum proof, both
 * aggregates per option, and each decryption proof. Only the proved totals leave this class.
 */
final class SecretBoardCheck {

    private static final X9ECParameters P256 = ECNamedCurveTable.getByName("secp256r1");
    private static final ECCurve CURVE = P256.getCurve();
    private static final ECPoint G = P256.getG();
    private static final BigInteger N = P256.getN();
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final HexFormat HEX = HexFormat.of();

    /** One vote as the bundle lists it, once its proofs hold. */
    record Vote(String receiptHash, long weight, String digestLine) {
    }

    /** The proved total weight and count of each option, and what went wrong. */
    record Outcome(List<Vote> votes, long[] weights, long[] counts, List<String> problems) {
    }

    private final long ballotId;
    private final ECPoint publicKey;
    private final List<String> problems = new ArrayList<>();

    private SecretBoardCheck(long ballotId, ECPoint publicKey) {
        this.ballotId = ballotId;
        this.publicKey = publicKey;
    }

    /**
     * @param publicKeyHex the ballot key as the signed BALLOT_OPENED event names it, never the bundle's copy
     */
    static Outcome check(long ballotId, String publicKeyHex, List<String> options, JsonNode votes, JsonNode totals) {
        ECPoint h;
        try {
            h = point(publicKeyHex);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), new long[3], new long[3], List.of("the ballot's public key is not a point on P-256"));
        }
        return new SecretBoardCheck(ballotId, h).run(options, votes, totals);
    }

    private Outcome run(List<String> options, JsonNode votes, JsonNode totals) {
        int k = options.size();
        // ciphertexts added up per weight first, then one multiplication per distinct weight
        Map<Long, ECPoint[][]> byWeight = new TreeMap<>();
        ECPoint[][] countAggregate = sums(k);
        List<Vote> checked = new ArrayList<>();
        for (JsonNode v : votes) {
            String tracker = v.path("tracker").asText();
            try {
                List<ECPoint[]> cts = ciphertexts(v.path("ciphertexts"), k);
                if (!tracker(cts).equals(tracker)) {
                    problems.add("the vote with tracker " + tracker + " has ciphertexts that do not give its tracker: it was changed");
                    continue;
                }
                if (!sha256(tracker.replace("-", "").getBytes(StandardCharsets.US_ASCII)).equals(v.path("receiptHash").asText())) {
                    problems.add("the vote with tracker " + tracker + " has a receipt hash that is not its tracker's");
                    continue;
                }
                if (!proofsHold(cts, v.path("bitProofs"), v.path("sumProof"))) {
                    problems.add("the proof of the vote with tracker " + tracker + " does not hold: it may not encode exactly one choice");
                    continue;
                }
                long weight = v.path("weight").asLong();
                ECPoint[][] atWeight = byWeight.computeIfAbsent(weight, w -> sums(k));
                for (int j = 0; j < k; j++) {
                    add(atWeight, j, cts.get(j));
                    add(countAggregate, j, cts.get(j));
                }
                checked.add(new Vote(v.path("receiptHash").asText(), weight, v.path("receiptHash").asText() + ":" + storedDigest(cts)));
            } catch (RuntimeException e) {
                problems.add("the vote with tracker " + tracker + " is malformed: " + e.getMessage());
            }
        }
        ECPoint[][] weightAggregate = sums(k);
        byWeight.forEach((w, s) -> {
            for (int j = 0; j < k; j++) {
                weightAggregate[0][j] = weightAggregate[0][j].add(s[0][j].multiply(BigInteger.valueOf(w)));
                weightAggregate[1][j] = weightAggregate[1][j].add(s[1][j].multiply(BigInteger.valueOf(w)));
            }
        });
        long[] weights = new long[3];
        long[] counts = new long[3];
        for (int j = 0; j < k; j++) {
            JsonNode total = totals.path(j);
            if (!options.get(j).equals(total.path("option").asText())) {
                problems.add("the decrypted totals are not in the ballot's option order at option " + j);
                continue;
            }
            weights[j] = decrypted(j, "weight", weightAggregate, total.path("weight"));
            counts[j] = decrypted(j, "count", countAggregate, total.path("count"));
        }
        return new Outcome(checked, weights, counts, problems);
    }

    /** The total of one aggregate, once the aggregate is the recomputed one and its decryption proof holds. */
    private long decrypted(int j, String what, ECPoint[][] recomputed, JsonNode stated) {
        String option = "option " + j + " (" + what + ")";
        try {
            ECPoint a = point(stated.path("a").asText());
            ECPoint b = point(stated.path("b").asText());
            if (!a.equals(recomputed[0][j]) || !b.equals(recomputed[1][j])) {
                problems.add("the aggregate of " + option + " is not the sum of the listed votes");
                return 0;
            }
            long total = stated.path("total").asLong(-1);
            if (total < 0) {
                problems.add("the decrypted total of " + option + " is missing");
                return 0;
            }
            ECPoint d = point(stated.path("d").asText());
            BigInteger c = scalar(stated.path("c").asText());
            BigInteger z = scalar(stated.path("z").asText());
            boolean holds;
            if (a.isInfinity()) { // no votes: nothing was decrypted
                holds = b.isInfinity() && d.isInfinity() && c.signum() == 0 && z.signum() == 0 && total == 0;
            } else {
                ECPoint u = twoMultiplies(G, z, publicKey, c);
                ECPoint v = twoMultiplies(a, z, d, c);
                BigInteger challenge = challenge("plenum/secret/v1/decrypt", hash -> {
                    hash.integer(ballotId).point(publicKey).integer(j).point(a).point(b).point(d).point(u).point(v);
                });
                holds = challenge.equals(c) && b.subtract(d).normalize().equals(G.multiply(BigInteger.valueOf(total)).normalize());
            }
            if (!holds) {
                problems.add("the decryption of " + option + " is wrong: its proof does not hold for the total " + total);
            }
            return total;
        } catch (RuntimeException e) {
            problems.add("the decryption of " + option + " is malformed: " + e.getMessage());
            return 0;
        }
    }

    private boolean proofsHold(List<ECPoint[]> cts, JsonNode bitProofs, JsonNode sumProof) {
        if (bitProofs.size() != cts.size()) {
            return false;
        }
        for (int j = 0; j < cts.size(); j++) {
            JsonNode p = bitProofs.path(j);
            BigInteger c0 = scalar(p.path("c0").asText());
            BigInteger c1 = scalar(p.path("c1").asText());
            BigInteger z0 = scalar(p.path("z0").asText());
            BigInteger z1 = scalar(p.path("z1").asText());
            ECPoint aj = cts.get(j)[0];
            ECPoint bj = cts.get(j)[1];
            ECPoint a0 = twoMultiplies(G, z0, aj, c0);
            ECPoint b0 = twoMultiplies(publicKey, z0, bj, c0);
            ECPoint a1 = twoMultiplies(G, z1, aj, c1);
            ECPoint b1 = twoMultiplies(publicKey, z1, bj.subtract(G), c1);
            int index = j;
            BigInteger challenge = challenge("plenum/secret/v1/bit", hash -> {
                hash.integer(ballotId).point(publicKey).ciphertexts(cts).integer(index).point(a0).point(b0).point(a1).point(b1);
            });
            if (!challenge.equals(c0.add(c1).mod(N))) {
                return false;
            }
        }
        ECPoint sumA = CURVE.getInfinity();
        ECPoint sumB = CURVE.getInfinity();
        for (ECPoint[] ct : cts) {
            sumA = sumA.add(ct[0]);
            sumB = sumB.add(ct[1]);
        }
        BigInteger c = scalar(sumProof.path("c").asText());
        BigInteger z = scalar(sumProof.path("z").asText());
        ECPoint a = twoMultiplies(G, z, sumA, c);
        ECPoint b = twoMultiplies(publicKey, z, sumB.subtract(G), c);
        return challenge("plenum/secret/v1/sum", hash -> hash.integer(ballotId).point(publicKey).ciphertexts(cts).point(a).point(b)).equals(c);
    }

    /** z·P − c·Q. */
    private static ECPoint twoMultiplies(ECPoint p, BigInteger z, ECPoint q, BigInteger c) {
        return ECAlgorithms.sumOfTwoMultiplies(p, z, q, N.subtract(c).mod(N)).normalize();
    }

    private String tracker(List<ECPoint[]> cts) {
        byte[] digest = new Hash("plenum/secret/v1/tracker").integer(ballotId).ciphertexts(cts).digest();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            int value = 0;
            for (int bit = i * 5; bit < i * 5 + 5; bit++) {
                value = value << 1 | (digest[bit / 8] >> (7 - bit % 8)) & 1;
            }
            code.append(ALPHABET.charAt(value));
        }
        return code.toString();
    }

    /** SHA-256 of the ciphertexts as the database stores them (uncompressed), which the votes digest at close covers. */
    private static String storedDigest(List<ECPoint[]> cts) {
        ByteBuffer stored = ByteBuffer.allocate(cts.size() * 130);
        for (ECPoint[] ct : cts) {
            stored.put(ct[0].getEncoded(false)).put(ct[1].getEncoded(false));
        }
        return sha256(stored.array());
    }

    private static List<ECPoint[]> ciphertexts(JsonNode list, int options) {
        if (list.size() != options) {
            throw new IllegalArgumentException(list.size() + " ciphertexts for " + options + " options");
        }
        List<ECPoint[]> cts = new ArrayList<>();
        for (JsonNode ct : list) {
            cts.add(new ECPoint[] {point(ct.path("a").asText()), point(ct.path("b").asText())});
        }
        return cts;
    }

    private static ECPoint[][] sums(int k) {
        ECPoint[][] s = new ECPoint[2][k];
        for (int j = 0; j < k; j++) {
            s[0][j] = CURVE.getInfinity();
            s[1][j] = CURVE.getInfinity();
        }
        return s;
    }

    private static void add(ECPoint[][] sums, int j, ECPoint[] ct) {
        sums[0][j] = sums[0][j].add(ct[0]);
        sums[1][j] = sums[1][j].add(ct[1]);
    }

    private static ECPoint point(String hex) {
        if (hex.equals("00")) {
            return CURVE.getInfinity();
        }
        if (hex.length() != 66) {
            throw new IllegalArgumentException("a point is 66 hex digits, not " + hex.length());
        }
        return CURVE.decodePoint(HEX.parseHex(hex)).normalize();
    }

    private static BigInteger scalar(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a scalar is 64 hex digits");
        }
        BigInteger s = new BigInteger(hex, 16);
        if (s.compareTo(N) >= 0) {
            throw new IllegalArgumentException("a scalar is below the group order");
        }
        return s;
    }

    private static BigInteger challenge(String tag, java.util.function.Consumer<Hash> items) {
        Hash hash = new Hash(tag);
        items.accept(hash);
        return new BigInteger(1, hash.digest()).mod(N);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over length-prefixed items (docs/SECRECY.md §2). */
    private static final class Hash {
        private final MessageDigest sha;

        Hash(String tag) {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            item(tag.getBytes(StandardCharsets.US_ASCII));
        }

        Hash integer(long value) {
            return item(ByteBuffer.allocate(8).putLong(value).array());
        }

        Hash point(ECPoint p) {
            return item(p.isInfinity() ? new byte[] {0} : p.normalize().getEncoded(true));
        }

        Hash ciphertexts(List<ECPoint[]> cts) {
            for (ECPoint[] ct : cts) {
                point(ct[0]).point(ct[1]);
            }
            return this;
        }

        private Hash item(byte[] bytes) {
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
            return this;
        }

        byte[] digest() {
            return sha.digest();
        }
    }
}
