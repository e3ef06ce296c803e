package nl.plenum;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Real RS256 tokens signed with the key whose public half the local OIDC provider publishes,
 * so quarkus-oidc validates them exactly as it validates the association's tokens.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "plenum";

    private Tokens() {
    }

    public static String delegate(String memberCode) {
        return builder("delegate-" + memberCode.toLowerCase(), List.of("delegate")).claim("member", memberCode).jws().keyId("1").sign();
    }

    public static String chair() {
        return token("voorzitter", "chair");
    }

    public static String secretariat() {
        return token("secretariaat", "secretariat");
    }

    public static String token(String user, String... roles) {
        return builder(user, List.of(roles)).jws().keyId("1").sign();
    }

    /** A builder with valid defaults, for tests that tamper with one claim at a time. */
    public static JwtClaimsBuilder builder(String user, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .preferredUserName(user)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(600);
    }
}
