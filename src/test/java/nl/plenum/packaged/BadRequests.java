package nl.plenum.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Random;

/**
 * Requests that must each be refused: every one carries at least one defect (a bad token, a role
 * that may not do this, an id that names nothing, a malformed body, or a header the operation
 * cannot honour), and is otherwise as valid as the fixture allows, so a refusal is earned by the defect.
 * Drawn from a seeded {@link Random}: a failure names its seed, and the same seed draws the same requests.
 */
public final class BadRequests {

    /** What is sent; {@code defect} names what is wrong with it. */
    public record BadRequest(String defect, String method, String path, String token, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String bearer = token == null ? "none" : token.length() > 60 ? token.substring(0, 60) + "…" : token;
            return defect + ": " + method + " " + path + " " + headers + " token=" + bearer + " "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
        }
    }

    /** Rows the fuzzing must never change: ballots in every state, a resolution, an assembly, two members. */
    public record Fixture(long draft, long open, long closed, long published, long resolution, long assembly, String member, String otherMember) {
    }

    private final LocalIssuer issuer;
    private final Fixture fixture;
    private final List<ApiOperations.Operation> operations;

    public BadRequests(LocalIssuer issuer, Fixture fixture, List<ApiOperations.Operation> operations) {
        this.issuer = issuer;
        this.fixture = fixture;
        this.operations = operations;
    }

    /** Expired, foreign, forged, unsigned or garbled tokens on every operation. */
    public BadRequest badToken(Random random) {
        ApiOperations.Operation op = pick(random, operations);
        Map.Entry<String, String> token = random.nextInt(5) == 0 ? garbageToken(random) : badlySignedToken(random);
        return request("token: " + token.getKey(), op, token.getValue(), pick(random, ballots()), Map.of(), validBody(op));
    }

    /** Signed tokens whose roles or member do not allow the operation, including escalation attempts. */
    public BadRequest wrongRole(Random random) {
        List<ApiOperations.Operation> guarded = operations.stream()
                .filter(op -> op.changesState() || op.path().contains("audit") || op.path().contains("turnout"))
                // the signed chain head and the signing keys are public on purpose (issue 10)
                .filter(op -> !op.path().equals("/api/v1/audit/head") && !op.path().equals("/api/v1/audit/keys")).toList();
        ApiOperations.Operation op = pick(random, guarded);
        Map.Entry<String, String> token = wrongRoleToken(op, random.nextInt(100));
        return request("role: " + token.getKey(), op, token.getValue(), pick(random, ballots()), Map.of(), validBody(op));
    }

    /** Ids that are not numbers, overflow, or name nothing; member and receipt codes that break their pattern. */
    public BadRequest badId(Random random) {
        ApiOperations.Operation op = pick(random, operations.stream().filter(o -> !o.pathParameters().isEmpty()).toList());
        String param = pick(random, op.pathParameters());
        String junk = junkId(random);
        String path = path(op, pick(random, ballots()), Map.of(param, junk));
        return new BadRequest("id: " + param + "=" + junk.replaceAll("\\p{Cntrl}", "?"), op.method(), path, rightToken(op), contentType(op), validBody(op));
    }

    /** Malformed bodies, with the right token, on the fixture's real rows (the open ballot included). */
    public BadRequest badBody(Random random) {
        ApiOperations.Operation op = pick(random, operations.stream().filter(o -> o.bodyType() != null).toList());
        Map.Entry<String, byte[]> body = badBody(op, random);
        return new BadRequest("body: " + body.getKey(), op.method(), path(op, fixture.open(), Map.of()), rightToken(op), contentType(op), body.getValue());
    }

    /** A Content-Type the operation does not read, or an Accept it cannot produce. */
    public BadRequest badHeader(Random random) {
        ApiOperations.Operation op = pick(random, operations.stream().filter(o -> o.bodyType() != null || !o.changesState()).toList());
        String type = pick(random, List.of("application/xml", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
                "application/octet-stream", "image/png", "application/json; charset=x-no-such-charset", "json", "*/*;q=x"));
        boolean body = op.bodyType() != null;
        if (body && (type.startsWith(op.bodyType()) || type.startsWith("*/*"))) {
            type = "application/xml"; // a wildcard is a fair Accept, not a Content-Type we test
        }
        if (!body && (type.contains("charset") || type.startsWith("*/*") || type.equals("text/plain") || type.equals("json"))) {
            type = "image/png"; // Accept: every GET here offers JSON and some offer text/csv
        }
        Map<String, String> headers = body ? Map.of("Content-Type", type) : Map.of("Accept", type);
        return request("header: " + headers, op, rightToken(op), body ? fixture.open() : pick(random, ballots()), headers, validBody(op));
    }

    private BadRequest request(String defect, ApiOperations.Operation op, String token, long ballot, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(contentType(op));
        all.putAll(headers);
        return new BadRequest(defect, op.method(), path(op, ballot, Map.of()), token, all, body);
    }

    private Map.Entry<String, String> badlySignedToken(Random random) {
        List<Map.Entry<String, Function<Map<String, Object>, String>>> kinds = List.of(
                Map.entry("expired", c -> issuer.sign(with(c, "exp", now() - 3600, "iat", now() - 7200))),
                Map.entry("not yet valid", c -> issuer.sign(with(c, "nbf", now() + 3600, "iat", now() + 3600))),
                Map.entry("no expiry", c -> issuer.sign(without(c, "exp"))),
                Map.entry("wrong issuer", c -> issuer.sign(with(c, "iss", "https://login.example.org/realms/plenum"))),
                Map.entry("issuer with a trailing slash", c -> issuer.sign(with(c, "iss", issuer.issuer() + "/"))),
                Map.entry("wrong audience", c -> issuer.sign(with(c, "aud", "account"))),
                Map.entry("no audience", c -> issuer.sign(without(c, "aud"))),
                Map.entry("tampered payload", c -> tamper(issuer.sign(c))),
                Map.entry("signed by another key", issuer::signWithStrangerKey),
                Map.entry("alg none", LocalIssuer::unsigned),
                Map.entry("signature cut off", c -> cut(issuer.sign(c))),
                Map.entry("HS256 with a guessed secret", BadRequests::hmacSigned));
        Map.Entry<String, Function<Map<String, Object>, String>> kind = pick(random, kinds);
        String role = pick(random, List.of("chair", "secretariat", "delegate"));
        return Map.entry(kind.getKey() + " (" + role + ")", kind.getValue().apply(claimsFor(role)));
    }

    private static Map.Entry<String, String> garbageToken(Random random) {
        if (random.nextBoolean()) {
            return Map.entry("garbage", text(random, 1, 300, "!~"));
        }
        String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder();
        for (int part = 0; part < 3; part++) {
            token.append(part > 0 ? "." : "");
            for (int i = 1 + random.nextInt(100); i > 0; i--) {
                token.append(base64.charAt(random.nextInt(base64.length())));
            }
        }
        return Map.entry("three base64 parts", token.toString());
    }

    private Map.Entry<String, String> wrongRoleToken(ApiOperations.Operation op, int pick) {
        boolean vote = op.path().contains("/votes/");
        // Escalation attempts start from a delegate of the *other* member: on the vote path that delegate may do nothing.
        Map<String, Object> base = issuer.claims("delegate-fuzz", List.of("delegate"), fixture.otherMember());
        List<Map.Entry<String, String>> options = new ArrayList<>();
        options.add(Map.entry("roles in a top-level claim", issuer.sign(with(base, "roles", List.of("chair", "secretariat")))));
        options.add(Map.entry("roles in groups", issuer.sign(with(base, "groups", List.of("chair", "secretariat")))));
        options.add(Map.entry("roles under resource_access", issuer.sign(with(base, "resource_access",
                Map.of("plenum", Map.of("roles", List.of("chair", "secretariat")))))));
        options.add(Map.entry("role names in another case", issuer.sign(with(base, "realm_access", Map.of("roles", List.of("Chair", "SECRETARIAT"))))));
        options.add(Map.entry("unknown role admin", issuer.sign(with(base, "realm_access", Map.of("roles", List.of("admin", "root"))))));
        options.add(Map.entry("no roles", issuer.sign(without(base, "realm_access"))));
        options.add(Map.entry("scope names roles", issuer.sign(with(base, "scope", "chair secretariat"))));
        if (vote) {
            options.add(Map.entry("delegate of another member", issuer.delegate(fixture.otherMember())));
            options.add(Map.entry("delegate without member claim", issuer.sign(without(base, "member"))));
            options.add(Map.entry("member claim is a list", issuer.sign(with(base, "member", List.of(fixture.otherMember(), fixture.member())))));
            options.add(Map.entry("chair", issuer.chair()));
            options.add(Map.entry("secretariat", issuer.secretariat()));
        } else if (op.path().endsWith("/opening") || op.path().endsWith("/closing")) {
            options.add(Map.entry("secretariat", issuer.secretariat()));
            options.add(Map.entry("delegate", issuer.delegate(fixture.member())));
        } else if (op.changesState()) {
            options.add(Map.entry("chair", issuer.chair()));
            options.add(Map.entry("delegate", issuer.delegate(fixture.member())));
        } else {
            options.add(Map.entry("delegate", issuer.delegate(fixture.member())));
        }
        return options.get(pick % options.size());
    }

    private static String junkId(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, List.of("abc", "1.5", "1e3", "0x10", "--1", "-1", "0", "++1", " 1", "1 ", "9223372036854775807",
                    "9223372036854775808", "-9223372036854775809", "99999999999999999999", "NaN", "null", "undefined", "' OR '1'='1",
                    "1;DROP TABLE vote", "1/../2", "%", "%00", "\u0000", "€😀", "GM0363'--", "<script>", "{id}"));
            case 1 -> String.valueOf(1_000_000 + (random.nextLong() & Long.MAX_VALUE) % (Long.MAX_VALUE - 1_000_000));
            default -> {
                String junk;
                do {
                    junk = anyText(random, 1, 60);
                } while (junk.matches("[A-Za-z0-9_.-]{1,32}") || junk.isBlank());
                yield junk;
            }
        };
    }

    private Map.Entry<String, byte[]> badBody(ApiOperations.Operation op, Random random) {
        if (!op.bodyType().contains("json")) {
            return Map.entry("not CSV with the expected header", utf8("nonsense;header\n" + anyText(random, 0, 300)));
        }
        JsonNode schema = op.bodySchema();
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        switch (random.nextInt(fields.isEmpty() ? 5 : 8)) {
            case 0:
                return Map.entry("broken JSON", utf8(pick(random, List.of("{", "}", "{\"choice\":", "{'choice':'YES'}", "[", "nul", "{\"a\":1,}",
                        "{\"question\" \"x\"}", ""))));
            case 1:
                return Map.entry("unterminated string", utf8("{\"" + anyText(random, 0, 200).replace("\"", "")));
            case 2:
                return Map.entry("not an object", utf8(pick(random, List.of("[]", "[{}]", "42", "\"text\"", "true", "-0.0e999", "null"))));
            case 3: {
                int depth = 1500 + random.nextInt(18_500);
                return Map.entry("nested " + depth + " deep", utf8("{\"choice\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
            }
            case 4: {
                byte[] bytes = new byte[1 + random.nextInt(300)];
                random.nextBytes(bytes);
                return Map.entry("random bytes", withPrefix(new byte[] {'{', (byte) 0xC3, (byte) 0x28}, bytes));
            }
            default:
                return confuse(schema, pick(random, fields), random);
        }
    }

    /** The valid example body with one field wrong: wrong shape, a value outside its enum or range, or too long. */
    private Map.Entry<String, byte[]> confuse(JsonNode schema, String field, Random random) {
        JsonNode property = schema.path("properties").path(field);
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<java.util.function.Supplier<JsonNode>> wrong = new ArrayList<>();
        String type = property.path("type").asText(property.has("enum") ? "string" : "object");
        if (!type.equals("array")) {
            wrong.add(() -> f.arrayNode().add(1).add(f.objectNode()));
        }
        if (!type.equals("object")) {
            wrong.add(() -> f.objectNode().set("nested", f.arrayNode().add(1)));
        } else {
            wrong.add(() -> f.arrayNode().add("x"));
        }
        if (property.has("enum")) {
            wrong.add(() -> {
                String value;
                do {
                    value = anyText(random, 0, 20);
                } while (inEnum(property, value));
                return f.textNode(value);
            });
        }
        if (property.has("maxLength")) {
            int max = property.get("maxLength").asInt();
            wrong.add(() -> f.textNode("x".repeat(max + 1 + random.nextInt(100))));
        }
        if (property.has("maximum")) {
            java.math.BigDecimal max = new java.math.BigDecimal(property.get("maximum").asText());
            wrong.add(() -> f.numberNode(pick(random, List.of(max.add(java.math.BigDecimal.ONE), max.add(new java.math.BigDecimal("0.5")),
                    new java.math.BigDecimal("1e999")))));
        }
        if (property.has("minimum")) {
            java.math.BigDecimal min = new java.math.BigDecimal(property.get("minimum").asText());
            wrong.add(() -> f.numberNode(min.subtract(java.math.BigDecimal.ONE)));
        }
        if (property.path("exclusiveMinimum").isNumber()) {
            wrong.add(() -> f.numberNode(property.get("exclusiveMinimum").decimalValue()));
        }
        JsonNode value = pick(random, wrong).get();
        ObjectNode body = (ObjectNode) ApiOperations.example(schema);
        body.set(field, value);
        return Map.entry("field " + field + " = " + abbreviate(value.toString()), utf8(body.toString()));
    }

    private static boolean inEnum(JsonNode property, String value) {
        for (JsonNode allowed : property.get("enum")) {
            if (allowed.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private String path(ApiOperations.Operation op, long ballot, Map<String, String> overrides) {
        String path = op.path();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.startsWith("{")) {
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            String value = overrides.containsKey(name) ? overrides.get(name) : validValue(segments[i - 1], ballot);
            segments[i] = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return String.join("/", segments);
    }

    private String validValue(String collection, long ballot) {
        return switch (collection) {
            case "ballots" -> String.valueOf(ballot);
            case "resolutions" -> String.valueOf(fixture.resolution());
            case "assemblies" -> String.valueOf(fixture.assembly());
            case "receipts" -> "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345";
            case "members", "votes", "mandates" -> fixture.member();
            default -> "1";
        };
    }

    /** The token of a role that may call the operation, so only the intended defect can cause a refusal. */
    private String rightToken(ApiOperations.Operation op) {
        if (op.path().contains("/votes/")) {
            return issuer.delegate(fixture.member());
        }
        if (op.path().endsWith("/opening") || op.path().endsWith("/closing") || !op.changesState()) {
            return issuer.chair();
        }
        return issuer.secretariat();
    }

    private Map<String, Object> claimsFor(String role) {
        return issuer.claims(role + "-fuzz", List.of(role), role.equals("delegate") ? fixture.member() : null);
    }

    private byte[] validBody(ApiOperations.Operation op) {
        if (op.bodyType() == null) {
            return null;
        }
        if (!op.bodyType().contains("json")) {
            return utf8("code,name,inhabitants,weight\nFZ000001,Gemeente Fuzz,1000,1\n");
        }
        return utf8(ApiOperations.example(op.bodySchema()).toString());
    }

    private static Map<String, String> contentType(ApiOperations.Operation op) {
        return op.bodyType() == null ? Map.of() : Map.of("Content-Type", op.bodyType());
    }

    private List<Long> ballots() {
        return List.of(fixture.draft(), fixture.open(), fixture.closed(), fixture.published());
    }

    private static Map<String, Object> with(Map<String, Object> claims, Object... pairs) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.remove(name);
        return copy;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Keeps the signature, swaps the payload for one that claims every role. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[", "\"roles\":[\"chair\",\"secretariat\",");
        return parts[0] + "." + LocalIssuer.base64(utf8(payload)) + "." + parts[2];
    }

    private static String cut(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    private static String hmacSigned(Map<String, Object> claims) {
        try {
            String input = LocalIssuer.base64(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + LocalIssuer.KEY_ID + "\"}")) + "."
                    + LocalIssuer.base64(Api.JSON.writeValueAsBytes(claims));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(utf8("plenum-web-demo-secret-or-any-guess"), "HmacSHA256"));
            return input + "." + LocalIssuer.base64(mac.doFinal(utf8(input)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Printable ASCII between the two characters of {@code range}. */
    private static String text(Random random, int min, int max, String range) {
        StringBuilder out = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            out.append((char) (range.charAt(0) + random.nextInt(range.charAt(1) - range.charAt(0) + 1)));
        }
        return out.toString();
    }

    /** Any code points: control characters, accents, emoji, lone surrogates' neighbours. */
    private static String anyText(Random random, int min, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            int kind = random.nextInt(4);
            int codePoint = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0xA0 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
