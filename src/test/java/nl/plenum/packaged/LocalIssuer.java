package nl.plenum.packaged;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny OpenID provider on 127.0.0.1: an RSA key, its JWKS and a discovery document. Plenum is
 * started against it through the normal OIDC settings, so it validates every token for real.
 */
public final class LocalIssuer implements AutoCloseable {

    public static final String AUDIENCE = "plenum";
    static final String KEY_ID = "plenum-local-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair key = rsaKey();
    /** Signs tokens no provider vouches for: the forged-signature case. */
    private final KeyPair strangerKey = rsaKey();
    private final HttpServer server;
    private final String issuer;

    public LocalIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/plenum";
        server.createContext("/realms/plenum/.well-known/openid-configuration", exchange -> {
            byte[] body = JSON.writeValueAsBytes(discovery());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/realms/plenum/protocol/openid-connect/certs", exchange -> {
            byte[] body = JSON.writeValueAsBytes(Map.of("keys", List.of(jwk((RSAPublicKey) key.getPublic()))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** The settings that point Plenum's OIDC tenants at this provider. */
    public List<String> plenumSettings() {
        return List.of("-Dquarkus.oidc.auth-server-url=" + issuer,
                "-Dquarkus.oidc.api.token.issuer=" + issuer,
                "-Dquarkus.oidc.api.token.audience=" + AUDIENCE);
    }

    public String delegate(String memberCode) {
        return sign(claims("delegate-" + memberCode.toLowerCase(), List.of("delegate"), memberCode));
    }

    public String chair() {
        return sign(claims("voorzitter", List.of("chair"), null));
    }

    public String secretariat() {
        return sign(claims("secretariaat", List.of("secretariat"), null));
    }

    /** Valid claims for a user, valid for ten minutes; tests change one at a time to make a bad token. */
    public Map<String, Object> claims(String user, List<String> roles, String memberCode) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", user);
        claims.put("preferred_username", user);
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("realm_access", Map.of("roles", roles));
        if (memberCode != null) {
            claims.put("member", memberCode);
        }
        return claims;
    }

    public String sign(Map<String, Object> claims) {
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID), claims, key.getPrivate());
    }

    /** Same claims, signed by a key the provider never published. */
    public String signWithStrangerKey(Map<String, Object> claims) {
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID), claims, strangerKey.getPrivate());
    }

    /** An unsigned token ({@code alg: none}), the classic downgrade attempt. */
    public static String unsigned(Map<String, Object> claims) {
        return part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims) + ".";
    }

    static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey privateKey) {
        String signingInput = part(header) + "." + part(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Map<String, Object> json) {
        try {
            return base64(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Map<String, Object> discovery() {
        String endpoints = issuer + "/protocol/openid-connect";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("authorization_endpoint", endpoints + "/auth");
        doc.put("token_endpoint", endpoints + "/token");
        doc.put("userinfo_endpoint", endpoints + "/userinfo");
        doc.put("end_session_endpoint", endpoints + "/logout");
        doc.put("jwks_uri", endpoints + "/certs");
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return doc;
    }

    private static Map<String, Object> jwk(RSAPublicKey publicKey) {
        return Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", KEY_ID,
                "n", base64(unsigned(publicKey.getModulus())), "e", base64(unsigned(publicKey.getPublicExponent())));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
