package nl.plenum.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Option plenum.identity.trust-member-claim=true: the provider asserts the member. */
@QuarkusTest
@TestProfile(IdentityOptions.TrustClaim.class)
class TrustedMemberClaimTest {

    static String token(String subject, Map<String, Object> claims, String... roles) {
        return IdentityOptions.token(subject, claims, roles);
    }

    static io.restassured.response.ValidatableResponse vote(long ballot, String member, String token) {
        return IdentityOptions.vote(ballot, member, token);
    }

    @Inject
    Fixtures fixtures;

    @Test
    void theProvidersClaimAndRoleDecideWithoutARegisterEntry() {
        fixtures.deactivateAllMembers();
        String a = Fixtures.uniqueCode("GM");
        fixtures.member(a, 3);
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
        given().auth().oauth2(Tokens.delegate(a)).when().get("/api/v1/me").then().body("member", equalTo(a));
        vote(ballot, a, Tokens.delegate(a)).statusCode(200).body("castBy", equalTo(a));
        // the claim without the provider's delegate role is nobody
        vote(ballot, a, token("claim-only-" + a, Map.of("member", a))).statusCode(403);
    }
}
