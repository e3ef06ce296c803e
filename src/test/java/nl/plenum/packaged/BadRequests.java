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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Requests that must each be refused: every one carries at least one defect (a bad token, a role
 * that may not do this, an id that names nothing, a malformed body, or a header the operation
 * cannot honour), and is otherwise as valid as the fixture allows, so a refusal is earned by the defect.
 */
public final class BadRequests {

    /** What is sent; {@code defect} names what is wrong with it. */
    public record BadRequest(String defect, String method, String path, String token, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return defect + ": " + method + " " + path + " " + headers + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
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

    public Arbitrary<BadRequest> any() {
        return Arbitraries.oneOf(badTokens(), wrongRoles(), badIds(), badBodies(), badHeaders());
    }

    /** Expired, foreign, forged, unsigned or garbled tokens on every operation. */
    public Arbitrary<BadRequest> badTokens() {
        return Combinators.combine(Arbitraries.of(operations), badToken(), Arbitraries.of(ballots())).as((op, token, ballot) ->
                request("token: " + token.getKey(), op, token.getValue(), ballot, Map.of(), validBody(op)));
    }

    /** Signed tokens whose roles or member do not allow the operation, including escalation attempts. */
    public Arbitrary<BadRequest> wrongRoles() {
        List<ApiOperations.Operation> guarded = operations.stream()
                .filter(op -> op.changesState() || op.path().contains("audit") || op.path().contains("turnout")).toList();
        return Combinators.combine(Arbitraries.of(guarded), Arbitraries.integers().between(0, 99), Arbitraries.of(ballots())).as((op, pick, ballot) -> {
            Map.Entry<String, String> token = wrongRoleToken(op, pick);
            return request("role: " + token.getKey(), op, token.getValue(), ballot, Map.of(), validBody(op));
        });
    }

    /** Ids that are not numbers, overflow, or name nothing; member and receipt codes that break their pattern. */
    public Arbitrary<BadRequest> badIds() {
        List<ApiOperations.Operation> withIds = operations.stream().filter(op -> !op.pathParameters().isEmpty()).toList();
        return Arbitraries.of(withIds).flatMap(op -> Combinators.combine(
                Arbitraries.of(op.pathParameters()), junkId(), Arbitraries.of(ballots())).as((param, junk, ballot) -> {
                    String path = path(op, ballot, Map.of(param, junk));
                    return new BadRequest("id: " + param + "=" + junk.replaceAll("\\p{Cntrl}", "?"), op.method(), path,
                            rightToken(op), contentType(op), validBody(op));
                }));
    }

    /** Malformed bodies, with the right token, on the fixture's real rows (the open ballot included). */
    public Arbitrary<BadRequest> badBodies() {
        List<ApiOperations.Operation> withBodies = operations.stream().filter(op -> op.bodyType() != null).toList();
        return Arbitraries.of(withBodies).flatMap(op -> badBody(op).map(body ->
                new BadRequest("body: " + body.getKey(), op.method(), path(op, fixture.open(), Map.of()),
                        rightToken(op), contentType(op), body.getValue())));
    }

    /** A Content-Type the operation does not read, or an Accept it cannot produce. */
    public Arbitrary<BadRequest> badHeaders() {
        List<ApiOperations.Operation> candidates = operations.stream().filter(op -> op.bodyType() != null || !op.changesState()).toList();
        return Combinators.combine(Arbitraries.of(candidates), Arbitraries.of(ballots()),
                Arbitraries.of("application/xml", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
                        "application/octet-stream", "image/png", "application/json; charset=x-no-such-charset", "json", "*/*;q=x"))
                .as((op, ballot, type) -> {
                    boolean body = op.bodyType() != null;
                    if (body && (type.startsWith(op.bodyType()) || type.startsWith("*/*"))) {
                        type = "application/xml"; // a wildcard is a fair Accept, not a Content-Type we test
                    }
                    if (!body && (type.contains("charset") || type.startsWith("*/*") || type.equals("text/plain") || type.equals("json"))) {
                        type = "image/png"; // Accept: every GET here offers JSON and some offer text/csv
                    }
                    Map<String, String> headers = body ? Map.of("Content-Type", type) : Map.of("Accept", type);
                    return request("header: " + headers, op, rightToken(op), body ? fixture.open() : ballot, headers, validBody(op));
                });
    }

    private BadRequest request(String defect, ApiOperations.Operation op, String token, long ballot, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(contentType(op));
        all.putAll(headers);
        return new BadRequest(defect, op.method(), path(op, ballot, Map.of()), token, all, body);
    }

    private Arbitrary<Map.Entry<String, String>> badToken() {
        Arbitrary<Map.Entry<String, Function<Map<String, Object>, String>>> kinds = Arbitraries.of(List.of(
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
                Map.entry("HS256 with a guessed secret", BadRequests::hmacSigned)));
        Arbitrary<Map.Entry<String, String>> signedBadly = Combinators.combine(kinds, Arbitraries.of("chair", "secretariat", "delegate"))
                .as((kind, role) -> Map.entry(kind.getKey() + " (" + role + ")", kind.getValue().apply(claimsFor(role))));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, signedBadly), net.jqwik.api.Tuple.of(1, garbageToken()));
    }

    private Arbitrary<Map.Entry<String, String>> garbageToken() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(0).ofMaxLength(300).map(s -> Map.entry("garbage", s)),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").ofMinLength(1).ofMaxLength(100)
                        .list().ofSize(3).map(parts -> Map.entry("three base64 parts", String.join(".", parts))));
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

    private static Arbitrary<String> junkId() {
        return Arbitraries.oneOf(
                Arbitraries.of("abc", "1.5", "1e3", "0x10", "--1", "-1", "0", "++1", " 1", "1 ", "9223372036854775807", "9223372036854775808",
                        "-9223372036854775809", "99999999999999999999", "NaN", "null", "undefined", "' OR '1'='1", "1;DROP TABLE vote",
                        "1/../2", "%", "%00", "\u0000", "€😀", "GM0363'--", "<script>", "{id}"),
                Arbitraries.longs().between(1_000_000, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(s -> !s.matches("[A-Za-z0-9_.-]{1,32}") && !s.isBlank()));
    }

    private Arbitrary<Map.Entry<String, byte[]>> badBody(ApiOperations.Operation op) {
        if (!op.bodyType().contains("json")) {
            return Arbitraries.strings().ofMaxLength(300).map(s -> Map.entry("not CSV with the expected header", utf8("nonsense;header\n" + s)));
        }
        JsonNode schema = op.bodySchema();
        List<Arbitrary<Map.Entry<String, byte[]>>> kinds = new ArrayList<>();
        kinds.add(Arbitraries.of("{", "}", "{\"choice\":", "{'choice':'YES'}", "[", "nul", "{\"a\":1,}", "{\"question\" \"x\"}", "")
                .map(s -> Map.entry("broken JSON", utf8(s))));
        kinds.add(Arbitraries.strings().ofMaxLength(200).map(s -> Map.entry("unterminated string", utf8("{\"" + s.replace("\"", "")))));
        kinds.add(Arbitraries.of("[]", "[{}]", "42", "\"text\"", "true", "-0.0e999", "null")
                .map(s -> Map.entry("not an object", utf8(s))));
        kinds.add(Arbitraries.integers().between(1500, 20_000).map(depth -> Map.entry("nested " + depth + " deep",
                utf8("{\"choice\":" + "[".repeat(depth) + "]".repeat(depth) + "}"))));
        kinds.add(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300)
                .map(b -> Map.entry("random bytes", withPrefix(new byte[] {'{', (byte) 0xC3, (byte) 0x28}, b))));
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        if (!fields.isEmpty()) {
            kinds.add(Arbitraries.of(fields).flatMap(field -> confuse(schema, field)));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** The valid example body with one field wrong: wrong shape, a value outside its enum or range, or too long. */
    private Arbitrary<Map.Entry<String, byte[]>> confuse(JsonNode schema, String field) {
        JsonNode property = schema.path("properties").path(field);
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<Arbitrary<JsonNode>> wrong = new ArrayList<>();
        String type = property.path("type").asText(property.has("enum") ? "string" : "object");
        if (!type.equals("array")) {
            wrong.add(Arbitraries.just(f.arrayNode().add(1).add(f.objectNode())));
        }
        if (!type.equals("object")) {
            wrong.add(Arbitraries.just(f.objectNode().set("nested", f.arrayNode().add(1))));
        } else {
            wrong.add(Arbitraries.just(f.arrayNode().add("x")));
        }
        if (property.has("enum")) {
            wrong.add(Arbitraries.strings().ofMinLength(0).ofMaxLength(20)
                    .filter(s -> { for (JsonNode e : property.get("enum")) { if (e.asText().equals(s)) { return false; } } return true; })
                    .map(f::textNode));
        }
        if (property.has("maxLength")) {
            int max = property.get("maxLength").asInt();
            wrong.add(Arbitraries.integers().between(max + 1, max + 100).map(n -> f.textNode("x".repeat(n))));
        }
        if (property.has("maximum")) {
            wrong.add(Arbitraries.of("1e999", "-1", "2", "1.00001", "99999999999999999999999").map(n -> f.numberNode(new java.math.BigDecimal(n))));
        }
        return Arbitraries.oneOf(wrong).map(value -> {
            ObjectNode body = (ObjectNode) ApiOperations.example(schema);
            body.set(field, value);
            String text = body.toString();
            return Map.entry("field " + field + " = " + abbreviate(value.toString()), utf8(text));
        });
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
