package nl.plenum;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A small OpenID provider for the page tests: a real login form, a real authorization-code flow
 * with PKCE (S256 checked), and tokens signed with the key whose public half it publishes.
 * quarkus-oidc talks to it exactly as it talks to Keycloak; nothing in the application is bypassed.
 *
 * <p>{@code OidcWiremockTestResource} also stubs a code flow, but always answers with the same user
 * and roles, whatever is typed into its form, and ignores PKCE; pages need delegates of different
 * members, a chair and a secretariat.
 *
 * <p>Accounts (password {@value #PASSWORD}): {@code voorzitter} (chair), {@code secretariaat}
 * (secretariat), {@code afgevaardigde-<member code>} (delegate of that member, e.g.
 * {@code afgevaardigde-gm0363}) and {@code bezoeker} (no role).
 *
 * <p>Like Keycloak it hands out a refresh token with every login and keeps a session per login
 * ({@code sid}); a test can make its tokens short-lived ({@link #tokenLifetime}), see how often a
 * session was refreshed ({@link #refreshes}) and end a user's sessions as an idle timeout or an
 * administrator would ({@link #endSessionsOf}).
 */
public class TestLoginProvider implements QuarkusTestResourceLifecycleManager {

    public static final String PASSWORD = "plenum";
    public static final String CLIENT_ID = "plenum-web";
    public static final String CLIENT_SECRET = "secret";
    private static final String REALM = "/realms/plenum";
    private static final String ENDPOINTS = REALM + "/protocol/openid-connect";

    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    private record Grant(String user, String redirectUri, String codeChallenge, String nonce) {
    }

    /** A login at the provider; its refresh token works until the session ends. */
    private record Session(String user, String sid) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    // Static: the tests reach the one provider Quarkus started (global scope) without an instance.
    private static final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> refreshCounts = new ConcurrentHashMap<>();
    private static final Map<String, Long> latestExpiry = new ConcurrentHashMap<>();
    private static volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private final SecureRandom random = new SecureRandom();
    private HttpServer server;
    private String issuer;
    private PrivateKey signingKey;
    private String jwks;

    @Override
    public Map<String, String> start() {
        try {
            RsaJsonWebKey key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(resource("privateKey.jwk"));
            signingKey = key.getRsaPrivateKey();
            jwks = new JsonObject().put("keys", new JsonArray().add(new JsonObject(resource("publicKey.jwk")).put("use", "sig").put("alg", "RS256"))).encode();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            issuer = "http://localhost:" + server.getAddress().getPort() + REALM;
            server.createContext(REALM + "/.well-known/openid-configuration", this::discovery);
            server.createContext(ENDPOINTS + "/certs", x -> send(x, 200, "application/json", jwks));
            server.createContext(ENDPOINTS + "/auth", this::authorize);
            server.createContext(ENDPOINTS + "/token", this::token);
            server.createContext(ENDPOINTS + "/logout", this::logout);
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test login provider", e);
        }
        return Map.of("plenum.test-login.url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Access and ID tokens issued from now on live this long ({@code null}: back to one hour). */
    public static void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime == null ? DEFAULT_TOKEN_LIFETIME : lifetime;
    }

    /** How many times this user's sessions were refreshed with a refresh token. */
    public static int refreshes(String user) {
        AtomicInteger count = refreshCounts.get(user);
        return count == null ? 0 : count.get();
    }

    /** Ends every session of this user: their refresh tokens stop working, as after an idle timeout. */
    public static void endSessionsOf(String user) {
        refreshTokens.values().removeIf(s -> s.user().equals(user));
    }

    /** Waits until the tokens last issued to this user have expired (a deadline, not a guess). */
    public static void awaitExpiryOfTokensOf(String user) {
        Long expiry = latestExpiry.get(user);
        if (expiry == null) {
            throw new IllegalStateException("no tokens were issued to " + user);
        }
        // exp has whole seconds; one more second so that no verifier can still call it valid
        long until = (expiry + 1) * 1000 + 100;
        try {
            for (long left = until - System.currentTimeMillis(); left > 0; left = until - System.currentTimeMillis()) {
                Thread.sleep(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void discovery(HttpExchange x) throws IOException {
        JsonObject metadata = new JsonObject()
                .put("issuer", issuer)
                .put("authorization_endpoint", issuer + "/protocol/openid-connect/auth")
                .put("token_endpoint", issuer + "/protocol/openid-connect/token")
                .put("jwks_uri", issuer + "/protocol/openid-connect/certs")
                .put("end_session_endpoint", issuer + "/protocol/openid-connect/logout")
                .put("response_types_supported", new JsonArray().add("code"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))
                .put("token_endpoint_auth_methods_supported", new JsonArray().add("client_secret_basic").add("client_secret_post"));
        send(x, 200, "application/json", metadata.encode());
    }

    /** GET shows the login form; POST checks the password and sends the browser back with a code. */
    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> p = "POST".equals(x.getRequestMethod()) ? form(x) : query(x.getRequestURI());
        String redirectUri = p.getOrDefault("redirect_uri", "");
        if (!CLIENT_ID.equals(p.get("client_id")) || !"code".equals(p.get("response_type"))
                || !redirectUri.startsWith("http://localhost:")) {
            send(x, 400, "text/plain", "invalid authorization request");
            return;
        }
        if (!"S256".equals(p.get("code_challenge_method")) || p.getOrDefault("code_challenge", "").isEmpty()) {
            send(x, 400, "text/plain", "PKCE (S256) is required");
            return;
        }
        if ("POST".equals(x.getRequestMethod())) {
            String user = p.getOrDefault("username", "").trim().toLowerCase(Locale.ROOT);
            if (PASSWORD.equals(p.get("password")) && claimsFor(user) != null) {
                String code = randomToken();
                codes.put(code, new Grant(user, redirectUri, p.get("code_challenge"), p.get("nonce")));
                String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + enc(code)
                        + (p.containsKey("state") ? "&state=" + enc(p.get("state")) : "");
                x.getResponseHeaders().add("Location", location);
                send(x, 302, "text/plain", "");
                return;
            }
            send(x, 401, "text/html; charset=utf-8", loginForm(p, true));
            return;
        }
        send(x, 200, "text/html; charset=utf-8", loginForm(p, false));
    }

    private String loginForm(Map<String, String> p, boolean failed) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "response_type", "redirect_uri", "state", "scope", "nonce", "code_challenge", "code_challenge_method")) {
            if (p.containsKey(name)) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(html(p.get(name))).append("\">\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>Inloggen bij de vereniging</title></head>
                <body><main><h1>Inloggen</h1>
                %s
                <form method="post" action="%s/protocol/openid-connect/auth">
                %s
                <label for="username">Gebruikersnaam</label> <input id="username" name="username" autocomplete="username">
                <label for="password">Wachtwoord</label> <input id="password" name="password" type="password" autocomplete="current-password">
                <button id="login" type="submit">Inloggen</button>
                </form></main></body></html>
                """.formatted(failed ? "<p id=\"error\" role=\"alert\">Onbekende gebruiker of verkeerd wachtwoord.</p>" : "", issuer, hidden);
    }

    private void token(HttpExchange x) throws IOException {
        if (!"POST".equals(x.getRequestMethod())) {
            send(x, 405, "text/plain", "");
            return;
        }
        Map<String, String> p = form(x);
        if (!clientAuthenticated(x, p)) {
            send(x, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if ("refresh_token".equals(p.get("grant_type"))) {
            // Rotated like Keycloak can: the used refresh token is spent, the session goes on.
            Session session = refreshTokens.remove(p.getOrDefault("refresh_token", ""));
            if (session == null) {
                send(x, 400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}");
                return;
            }
            refreshCounts.computeIfAbsent(session.user(), u -> new AtomicInteger()).incrementAndGet();
            send(x, 200, "application/json", tokens(session, null).encode());
            return;
        }
        Grant grant = "authorization_code".equals(p.get("grant_type")) ? codes.remove(p.getOrDefault("code", "")) : null;
        if (grant == null || !grant.redirectUri().equals(p.get("redirect_uri"))
                || !grant.codeChallenge().equals(s256(p.getOrDefault("code_verifier", "")))) {
            send(x, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        send(x, 200, "application/json", tokens(new Session(grant.user(), randomToken()), grant.nonce()).encode());
    }

    private JsonObject tokens(Session session, String nonce) {
        Map<String, Object> claims = new HashMap<>(claimsFor(session.user()));
        claims.put("sid", session.sid());
        Map<String, Object> idClaims = new HashMap<>(claims);
        if (nonce != null) {
            idClaims.put("nonce", nonce);
        }
        long lifetime = tokenLifetime.toSeconds();
        long issuedAt = now();
        String idToken = Jwt.claims(idClaims).issuer(issuer).audience(CLIENT_ID).issuedAt(issuedAt).expiresAt(issuedAt + lifetime)
                .jws().keyId("1").sign(signingKey);
        String accessToken = Jwt.claims(claims).issuer(issuer).audience(java.util.Set.of("plenum", CLIENT_ID)).issuedAt(issuedAt)
                .expiresAt(issuedAt + lifetime).jws().keyId("1").sign(signingKey);
        // A JWT like Keycloak's, valid for a working day; ending the session revokes it earlier.
        String refreshToken = Jwt.claims(Map.of("sub", session.user(), "sid", session.sid(), "typ", "Refresh", "jti", randomToken()))
                .issuer(issuer).audience(issuer).issuedAt(issuedAt).expiresAt(issuedAt + Duration.ofHours(12).toSeconds())
                .jws().keyId("1").sign(signingKey);
        refreshTokens.put(refreshToken, session);
        latestExpiry.put(session.user(), issuedAt + lifetime); // the latest login or refresh of this user
        return new JsonObject().put("access_token", accessToken).put("id_token", idToken).put("refresh_token", refreshToken)
                .put("token_type", "Bearer").put("expires_in", lifetime).put("refresh_expires_in", Duration.ofHours(12).toSeconds())
                .put("scope", "openid");
    }

    private void logout(HttpExchange x) throws IOException {
        Map<String, String> p = query(x.getRequestURI());
        String sid = sidOf(p.get("id_token_hint"));
        if (sid != null) {
            refreshTokens.values().removeIf(s -> s.sid().equals(sid));
        }
        String target = p.getOrDefault("post_logout_redirect_uri", "");
        if (!target.startsWith("http://localhost:")) {
            send(x, 200, "text/plain", "logged out");
            return;
        }
        x.getResponseHeaders().add("Location", target);
        send(x, 302, "text/plain", "");
    }

    /** The session named in an ID token this provider signed (read, not verified: it is only a hint). */
    private static String sidOf(String idToken) {
        if (idToken == null || idToken.split("\\.").length < 2) {
            return null;
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8)).getString("sid");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The claims a real realm would put in this user's tokens, or null for an unknown user. */
    static Map<String, Object> claimsFor(String user) {
        List<String> roles;
        String member = null;
        if (user.equals("voorzitter")) {
            roles = List.of("chair");
        } else if (user.equals("secretariaat")) {
            roles = List.of("secretariat");
        } else if (user.equals("bezoeker")) {
            roles = List.of();
        } else if (user.matches("afgevaardigde-[a-z0-9_.-]{1,32}")) {
            roles = List.of("delegate");
            member = user.substring("afgevaardigde-".length()).toUpperCase(Locale.ROOT);
        } else {
            return null;
        }
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", user);
        claims.put("preferred_username", user);
        claims.put("realm_access", Map.of("roles", roles));
        if (member != null) {
            claims.put("member", member);
        }
        return claims;
    }

    private static boolean clientAuthenticated(HttpExchange x, Map<String, String> p) {
        String header = x.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 && CLIENT_ID.equals(dec(pair[0])) && CLIENT_SECRET.equals(dec(pair[1]));
        }
        return CLIENT_ID.equals(p.get("client_id")) && CLIENT_SECRET.equals(p.get("client_secret"));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static Map<String, String> form(HttpExchange x) throws IOException {
        return parse(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI uri) {
        return parse(uri.getRawQuery());
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(dec(kv[0]), kv.length > 1 ? dec(kv[1]) : "");
        }
        return values;
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " not on the test classpath (quarkus-test-oidc-server provides it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(status, status == 302 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 302) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }
}
