package nl.plenum.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two opt-in identity settings as test profiles; off by default (DelegateRegisterTest). */
final class IdentityOptions {

    public static class TrustClaim implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plenum.identity.trust-member-claim", "true");
        }
    }

    public static class EmailBinding implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plenum.identity.bind-by-verified-email", "true");
        }
    }

    static String token(String subject, Map<String, Object> claims, String... roles) {
        var builder = Tokens.builder(subject, List.of(roles));
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign();
    }

    static io.restassured.response.ValidatableResponse vote(long ballot, String member, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then();
    }
}
