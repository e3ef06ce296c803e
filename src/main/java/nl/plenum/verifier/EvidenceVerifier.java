package nl.plenum.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes a ballot's result from its evidence bundle (docs/EVIDENCE.md) and checks it against the
 * signed audit events, sharing no code with the server: its own hash rule, signature check, count,
 * percentages, majority and quorum. An ArchUnit rule keeps this package free of other Plenum imports.
 */
public final class EvidenceVerifier {

    static final String SCHEMA = "plenum-evidence/2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding: what was checked and whether it holds. */
    public record Finding(boolean holds, String what) {
    }

    /** All findings, the recomputed result in the association's words, and the head that was signed. */
    public record Report(List<Finding> findings, String result, String publishedHead, String keyFingerprint) {
        public boolean valid() {
            return !findings.isEmpty() && findings.stream().allMatch(Finding::holds);
        }
    }

    private final List<Finding> findings = new ArrayList<>();

    private EvidenceVerifier() {
    }

    /**
     * @param expectedFingerprint the key fingerprint a member saw on the results page; when given, only that key is trusted
     */
    public static Report verify(JsonNode bundle, Optional<String> expectedFingerprint) {
        return new EvidenceVerifier().run(bundle, expectedFingerprint);
    }

    private Report run(JsonNode bundle, Optional<String> expectedFingerprint) {
        String schema = bundle.path("schema").asText("missing");
        boolean secretWithoutCiphertexts = "plenum-evidence/1".equals(schema) && !"OPEN".equals(bundle.path("ballot").path("visibility").asText());
        if (!(SCHEMA.equals(schema) || "plenum-evidence/1".equals(schema)) || secretWithoutCiphertexts) {
            fail("the bundle's schema is " + schema + (secretWithoutCiphertexts ? " for a secret ballot, which holds no ciphertexts" : "")
                    + "; this verifier reads " + SCHEMA + " (and plenum-evidence/1 of open ballots)");
            return new Report(findings, "", "", "");
        }
        Map<String, PublicKey> keys = keys(bundle.path("keys"), expectedFingerprint);
        String fingerprint = String.join(", ", keys.keySet());
        JsonNode ballot = bundle.path("ballot");
        long ballotId = ballot.path("id").asLong();

        // 1. Every event of the ballot: its hash, its links, its signature.
        List<JsonNode> events = new ArrayList<>();
        bundle.path("events").forEach(events::add);
        Map<Long, JsonNode> bySeq = new HashMap<>();
        int badHashes = 0;
        int badSignatures = 0;
        for (JsonNode e : events) {
            long seq = e.path("seq").asLong();
            bySeq.put(seq, e);
            if (e.path("ballotId").asLong() != ballotId) {
                fail("event " + seq + " belongs to ballot " + e.path("ballotId").asText() + ", not to " + ballotId);
            }
            String recomputed = sha256(seq + "|" + e.path("prevHash").asText() + "|" + e.path("occurredAt").asText() + "|" + e.path("type").asText()
                    + "|" + e.path("ballotId").asText() + "|" + e.path("payload").asText());
            if (!recomputed.equals(e.path("hash").asText())) {
                badHashes++;
                fail("event " + seq + " (" + e.path("type").asText() + ") was changed: its hash does not match its content");
            }
            JsonNode signature = e.path("signature");
            if (!signature.isMissingNode() && !signature.isNull()) {
                Optional<String> problem = checkSignature(keys, seq, e.path("hash").asText(), signature.path("keyId").asText(), signature.path("signature").asText());
                if (problem.isPresent()) {
                    badSignatures++;
                    fail(problem.get());
                }
            }
        }
        for (JsonNode e : events) {
            JsonNode next = bySeq.get(e.path("seq").asLong() + 1);
            if (next != null && !next.path("prevHash").asText().equals(e.path("hash").asText())) {
                fail("event " + next.path("seq").asLong() + " does not name the hash of event " + e.path("seq").asLong() + ": the chain was rewritten");
            }
        }
        if (badHashes == 0) {
            pass("all " + events.size() + " events of the ballot match their hashes");
        }
        if (badSignatures == 0) {
            pass("every signature in the bundle is valid for key " + fingerprint);
        }

        // 2. The lifecycle events, each covered by a signature.
        JsonNode opened = lifecycle(events, bySeq, "BALLOT_OPENED");
        JsonNode closed = lifecycle(events, bySeq, "BALLOT_CLOSED");
        JsonNode published = lifecycle(events, bySeq, "BALLOT_PUBLISHED");
        if (opened == null || closed == null || published == null) {
            return new Report(findings, "", "", fingerprint);
        }

        // 2b. The rules that decide are those delegates were shown and BALLOT_OPENED signed (a draft may be edited before).
        List<String> changedRules = new ArrayList<>();
        for (String rule : List.of("question", "optionSet", "percentBase", "majorityRule", "visibility")) {
            if (!ballot.path(rule).asText().equals(opened.path(rule).asText())) {
                changedRules.add(rule);
            }
        }
        if (!sameDecimal(ballot.path("quorum"), opened.path("quorum"))) {
            changedRules.add("quorum");
        }
        check(changedRules.isEmpty(), "the question and rules are those signed when the ballot opened",
                "the bundle's " + String.join(", ", changedRules) + " differ from those signed when the ballot opened");

        // 3. The entitlements frozen at opening.
        Map<String, Long> entitled = new LinkedHashMap<>();
        List<String> entitlementLines = new ArrayList<>();
        long entitledWeight = 0;
        for (JsonNode en : bundle.path("entitlements")) {
            String member = en.path("member").asText();
            long weight = en.path("weight").asLong();
            if (entitled.put(member, weight) != null) {
                fail("member " + member + " is entitled twice");
            }
            entitlementLines.add(member + ":" + weight);
            entitledWeight += weight;
        }
        check(sha256(String.join(",", entitlementLines)).equals(opened.path("entitlementDigest").asText()),
                "the " + entitled.size() + " entitlements are those signed when the ballot opened",
                "the entitlements differ from those signed when the ballot opened (entitlement digest)");
        check(entitled.size() == opened.path("entitledMembers").asLong() && entitledWeight == opened.path("entitledWeight").asLong(),
                "entitled: " + entitled.size() + " members, weight " + entitledWeight,
                "the entitlements sum to " + entitled.size() + " members, weight " + entitledWeight + "; the ballot opened with "
                        + opened.path("entitledMembers").asLong() + " members, weight " + opened.path("entitledWeight").asLong());

        // 4. The votes: weights, digest at close, and the replay of the vote events.
        boolean open = "OPEN".equals(ballot.path("visibility").asText());
        Map<String, JsonNode> replayed = replay(events);
        Counted counted = open ? openVotes(bundle.path("votes"), entitled, replayed)
                : secretVotes(bundle, ballotId, opened, entitled, replayed);
        check(sha256(String.join(",", counted.digestLines)).equals(closed.path("votesDigest").asText()),
                "the " + counted.digestLines.size() + " votes are those signed when the ballot closed",
                "the votes differ from those signed when the ballot closed (votes digest)");
        check(replayed.keySet().equals(counted.receipts), "replaying the vote events gives exactly these votes",
                "replaying the vote events gives " + replayed.size() + " votes that differ from the " + counted.receipts.size() + " votes in the bundle");
        long[] yesNoAbstain = counted.weights;
        long[] counts = counted.counts;

        // 5. The count, by this verifier's own rules.
        String tallyText = bundle.path("tally").asText();
        check(sha256(tallyText).equals(closed.path("tallyDigest").asText()) && sha256(tallyText).equals(published.path("tallyDigest").asText()),
                "the tally is the one signed at closing and at publication", "the tally differs from the one signed at closing or publication");
        String result = recount(ballot, parse(tallyText), yesNoAbstain, counts, entitled.size(), entitledWeight);

        // 6. The head that covers the publication: members saw it on the results page.
        JsonNode head = bundle.path("publishedHead");
        String headText = "";
        if (head.isMissingNode() || head.isNull()) {
            fail("the bundle has no published head");
        } else {
            headText = "event " + head.path("seq").asLong() + ", hash " + head.path("hash").asText();
            Optional<String> problem = checkSignature(keys, head.path("seq").asLong(), head.path("hash").asText(),
                    head.path("keyId").asText(), head.path("signature").asText());
            check(problem.isEmpty() && head.path("seq").asLong() >= published.path("seq").asLong(),
                    "the published head (" + headText + ") is signed and covers the publication",
                    problem.orElse("the published head does not cover the publication"));
        }
        return new Report(findings, result, headText, fingerprint);
    }

    private Map<String, PublicKey> keys(JsonNode list, Optional<String> expected) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (JsonNode k : list) {
            try {
                byte[] der = Base64.getDecoder().decode(k.path("publicKey").asText());
                String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
                if (!fingerprint.substring(0, 16).equals(k.path("keyId").asText())) {
                    fail("key " + k.path("keyId").asText() + " does not have that id (its fingerprint is " + fingerprint + ")");
                    continue;
                }
                if (expected.isPresent() && !fingerprint.equalsIgnoreCase(expected.get().replace(" ", "").replace(":", ""))) {
                    continue;
                }
                keys.put(fingerprint, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
            } catch (Exception e) {
                fail("key " + k.path("keyId").asText() + " is not an Ed25519 public key");
            }
        }
        if (keys.isEmpty()) {
            fail(expected.map(f -> "the bundle does not contain the key with fingerprint " + f + ": it was signed by another key")
                    .orElse("the bundle contains no signing key"));
        } else if (expected.isEmpty()) {
            pass("signing key fingerprint " + String.join(", ", keys.keySet()) + " (compare it with the one on the results page)");
        } else {
            pass("the bundle is signed by the key with the fingerprint you gave");
        }
        return keys;
    }

    private static Optional<String> checkSignature(Map<String, PublicKey> keys, long seq, String hash, String keyId, String signature) {
        PublicKey key = keys.entrySet().stream().filter(e -> e.getKey().startsWith(keyId) && keyId.length() == 16)
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (key == null) {
            return Optional.of("the signature at event " + seq + " is by key " + keyId + ", which is not a trusted key: signed by another key");
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(("plenum-audit-head:v1|" + seq + "|" + hash).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature)) ? Optional.empty()
                    : Optional.of("the signature at event " + seq + " does not match: the event or its signature was changed");
        } catch (Exception e) {
            return Optional.of("the signature at event " + seq + " is malformed");
        }
    }

    /** The event of this type, and that a signature covers it through unbroken links. */
    private JsonNode lifecycle(List<JsonNode> events, Map<Long, JsonNode> bySeq, String type) {
        JsonNode event = events.stream().filter(e -> type.equals(e.path("type").asText())).findFirst().orElse(null);
        if (event == null) {
            fail("the bundle has no " + type + " event: events were dropped");
            return null;
        }
        JsonNode at = event;
        while (at != null && (at.path("signature").isMissingNode() || at.path("signature").isNull())) {
            JsonNode next = bySeq.get(at.path("seq").asLong() + 1);
            at = next != null && next.path("prevHash").asText().equals(at.path("hash").asText()) ? next : null;
        }
        if (at == null) {
            fail("no signature covers the " + type + " event (" + event.path("seq").asLong() + ")");
        }
        JsonNode payload = parse(event.path("payload").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload).put("seq", event.path("seq").asLong());
        return payload;
    }

    /** What step 4 found: the weight and count per choice, the receipts and the lines of the votes digest. */
    private record Counted(long[] weights, long[] counts, java.util.Set<String> receipts, List<String> digestLines) {
    }

    /** Open votes name member and choice: each must match the vote event that cast it and its member's entitlement. */
    private Counted openVotes(JsonNode votes, Map<String, Long> entitled, Map<String, JsonNode> replayed) {
        long[] weights = new long[3];
        long[] counts = new long[3];
        java.util.Set<String> receipts = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>();
        int weightProblems = 0;
        for (JsonNode v : votes) {
            String receipt = v.path("receiptHash").asText();
            String choice = v.path("choice").asText();
            long weight = v.path("weight").asLong();
            String member = v.path("member").asText();
            lines.add(receipt + ":" + choice + ":" + weight);
            receipts.add(receipt);
            int index = List.of("YES", "NO", "ABSTAIN").indexOf(choice);
            if (index < 0) {
                fail("the vote with receipt " + receipt + " has no valid choice: " + choice);
                continue;
            }
            weights[index] += weight;
            counts[index]++;
            Long entitlement = entitled.get(member);
            if (entitlement == null || entitlement != weight) {
                weightProblems++;
                fail("the vote of " + member + " has weight " + weight + ", the member is entitled to " + (entitlement == null ? "nothing" : entitlement));
            }
            JsonNode cast = replayed.get(receipt);
            if (cast != null && !(cast.path("choice").asText().equals(choice) && cast.path("member").asText().equals(member)
                    && cast.path("weight").asLong() == weight)) {
                fail("the vote with receipt " + receipt + " says " + member + " " + choice + " " + weight + "; the signed event that cast it says "
                        + cast.path("member").asText() + " " + cast.path("choice").asText() + " " + cast.path("weight").asText());
            }
        }
        if (weightProblems == 0) {
            pass("every vote has its member's entitled weight");
        }
        return new Counted(weights, counts, receipts, lines);
    }

    /** Secret votes: their proofs and the decryption of the totals (SecretBoardCheck); weights from the members the events name. */
    private Counted secretVotes(JsonNode bundle, long ballotId, JsonNode opened, Map<String, Long> entitled, Map<String, JsonNode> replayed) {
        String signedKey = opened.path("publicKey").asText();
        JsonNode secret = bundle.path("secret");
        check(signedKey.equals(secret.path("publicKey").asText()), "the ballot key is the one signed when the ballot opened",
                "the bundle's ballot key differs from the one signed when the ballot opened");
        List<String> options = "YN".equals(bundle.path("ballot").path("optionSet").asText()) ? List.of("YES", "NO") : List.of("YES", "NO", "ABSTAIN");
        SecretBoardCheck.Outcome outcome = SecretBoardCheck.check(ballotId, signedKey, options, bundle.path("votes"), secret.path("totals"));
        outcome.problems().forEach(this::fail);
        if (outcome.problems().isEmpty()) {
            pass("every encrypted vote has a valid tracker and proves it encodes exactly one choice; the " + options.size()
                    + " totals are the decryption of the sum of these votes (decryption proofs hold)");
        }
        java.util.Set<String> receipts = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>();
        int weightProblems = 0;
        for (SecretBoardCheck.Vote v : outcome.votes()) {
            receipts.add(v.receiptHash());
            lines.add(v.digestLine());
            JsonNode cast = replayed.get(v.receiptHash());
            Long entitlement = cast == null ? null : entitled.get(cast.path("member").asText());
            if (cast != null && (entitlement == null || entitlement != v.weight())) {
                weightProblems++;
                fail("the encrypted vote of " + cast.path("member").asText() + " counts with weight " + v.weight() + ", the member is entitled to "
                        + (entitlement == null ? "nothing" : entitlement));
            }
        }
        if (weightProblems == 0) {
            pass("every encrypted vote counts with its member's entitled weight");
        }
        java.util.Collections.sort(lines); // the server's digest orders the lines
        return new Counted(outcome.weights(), outcome.counts(), receipts, lines);
    }

    /** The votes standing at close according to the events: receipt hash → the payload of the event that cast it. */
    private static Map<String, JsonNode> replay(List<JsonNode> events) {
        Map<String, JsonNode> byReceipt = new HashMap<>();
        Map<String, String> receiptOfMember = new HashMap<>();
        for (JsonNode e : events) {
            String type = e.path("type").asText();
            if (!type.equals("VOTE_CAST") && !type.equals("VOTE_CHANGED")) {
                continue;
            }
            JsonNode p = parse(e.path("payload").asText());
            String receipt = p.path("receiptHash").asText();
            if (p.hasNonNull("member")) {
                String previous = receiptOfMember.put(p.path("member").asText(), receipt);
                if (previous != null) {
                    byReceipt.remove(previous);
                }
            } else if (p.hasNonNull("replaces")) {
                byReceipt.remove(p.path("replaces").asText());
            }
            byReceipt.put(receipt, p);
        }
        return byReceipt;
    }

    private String recount(JsonNode ballot, JsonNode tally, long[] weights, long[] counts, long entitledMembers, long entitledWeight) {
        long yes = weights[0];
        long no = weights[1];
        long abstain = weights[2];
        boolean withAbstain = "YNA".equals(ballot.path("optionSet").asText());
        if (!withAbstain && counts[2] > 0) {
            fail("there are abstentions on a ballot that offers only yes and no");
        }
        String base = ballot.path("percentBase").asText();
        long baseWeight = switch (base) {
            case "YES_NO" -> yes + no;
            case "YES_NO_ABSTAIN", "CAST" -> yes + no + abstain;
            case "ENTITLED" -> entitledWeight;
            default -> -1;
        };
        long votedMembers = counts[0] + counts[1] + counts[2];
        long votedWeight = yes + no + abstain;
        check(votedMembers <= entitledMembers && votedWeight <= entitledWeight, "no more voted than entitled",
                "more voted (" + votedMembers + " members, weight " + votedWeight + ") than entitled (" + entitledMembers + ", " + entitledWeight + ")");
        BigDecimal quorum = ballot.path("quorum").isNull() || ballot.path("quorum").isMissingNode() ? null : new BigDecimal(ballot.path("quorum").asText());
        boolean quorumMet = quorum == null || BigDecimal.valueOf(votedWeight).compareTo(quorum.multiply(BigDecimal.valueOf(entitledWeight))) >= 0;
        boolean majority = baseWeight > 0 && switch (ballot.path("majorityRule").asText()) {
            case "SIMPLE" -> yes > no;
            case "ABSOLUTE" -> 2 * yes > baseWeight;
            case "TWO_THIRDS" -> 3 * yes >= 2 * baseWeight;
            case "THREE_QUARTERS" -> 4 * yes >= 3 * baseWeight;
            default -> false;
        };
        boolean adopted = quorumMet && majority;
        String verdict = !quorumMet ? "NO_QUORUM" : adopted ? "ADOPTED" : "REJECTED";
        String yesPercent = percent(yes, baseWeight);

        List<String> differences = new ArrayList<>();
        String[] choices = withAbstain ? new String[] {"YES", "NO", "ABSTAIN"} : new String[] {"YES", "NO"};
        for (int i = 0; i < choices.length; i++) {
            JsonNode option = tally.path("options").path(i);
            String expectedPercent = choices[i].equals("ABSTAIN") && base.equals("YES_NO") ? null : percent(weights[i], baseWeight);
            if (!choices[i].equals(option.path("choice").asText()) || option.path("count").asLong() != counts[i]
                    || option.path("weight").asLong() != weights[i] || !same(expectedPercent, option.path("percent"))) {
                differences.add(choices[i] + ": recounted " + counts[i] + " votes, weight " + weights[i] + ", " + expectedPercent
                        + " %; the tally says " + option.path("count").asText() + ", " + option.path("weight").asText() + ", " + option.path("percent").asText());
            }
        }
        compare(differences, "base weight", baseWeight, tally.path("baseWeight").asLong());
        compare(differences, "voted members", votedMembers, tally.path("votedMembers").asLong());
        compare(differences, "voted weight", votedWeight, tally.path("votedWeight").asLong());
        compare(differences, "entitled members", entitledMembers, tally.path("entitledMembers").asLong());
        compare(differences, "entitled weight", entitledWeight, tally.path("entitledWeight").asLong());
        if (!same(percent(votedWeight, entitledWeight), tally.path("turnoutPercent"))) {
            differences.add("turnout: recounted " + percent(votedWeight, entitledWeight) + " %, the tally says " + tally.path("turnoutPercent").asText());
        }
        if (quorumMet != tally.path("quorumMet").asBoolean()) {
            differences.add("quorum met: recounted " + quorumMet + ", the tally says " + tally.path("quorumMet").asBoolean());
        }
        if (!verdict.equals(tally.path("verdict").asText()) || adopted != tally.path("adopted").asBoolean()) {
            differences.add("verdict: recounted " + verdict + ", the tally says " + tally.path("verdict").asText());
        }
        if (differences.isEmpty()) {
            pass("the recount (percentages, majority " + ballot.path("majorityRule").asText() + ", quorum, verdict) equals the published tally");
        } else {
            differences.forEach(d -> fail("the recount differs from the published tally: " + d));
        }
        return words(verdict, yesPercent);
    }

    /** The result as the association writes it: "Aangenomen met 99,44 % voor". */
    static String words(String verdict, String yesPercent) {
        // the pages' wording: one scheme for every verdict
        String percent = yesPercent == null ? "" : " met " + yesPercent.replace('.', ',') + " % voor";
        return switch (verdict) {
            case "ADOPTED" -> "Aangenomen" + percent;
            case "REJECTED" -> "Verworpen" + percent;
            default -> "Niet aangenomen: het quorum is niet gehaald";
        };
    }

    private static String percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean same(String expected, JsonNode actual) {
        return expected == null ? actual.isNull() || actual.isMissingNode() : expected.equals(actual.asText());
    }

    private static void compare(List<String> differences, String what, long recounted, long stated) {
        if (recounted != stated) {
            differences.add(what + ": recounted " + recounted + ", the tally says " + stated);
        }
    }

    /** 0.5 and "0.5000" are the same quorum; absent and null are the same "no quorum". */
    private static boolean sameDecimal(JsonNode a, JsonNode b) {
        boolean noA = a.isMissingNode() || a.isNull();
        boolean noB = b.isMissingNode() || b.isNull();
        if (noA || noB) {
            return noA == noB;
        }
        try {
            return new java.math.BigDecimal(a.asText()).compareTo(new java.math.BigDecimal(b.asText())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void check(boolean holds, String ok, String problem) {
        findings.add(new Finding(holds, holds ? ok : problem));
    }

    private void pass(String what) {
        findings.add(new Finding(true, what));
    }

    private void fail(String what) {
        findings.add(new Finding(false, what));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
