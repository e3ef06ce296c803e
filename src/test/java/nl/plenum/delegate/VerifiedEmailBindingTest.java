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

/** Option plenum.identity.bind-by-verified-email=true. */
@QuarkusTest
@TestProfile(IdentityOptions.EmailBinding.class)
class VerifiedEmailBindingTest {

    static String token(String subject, Map<String, Object> claims, String... roles) {
        return IdentityOptions.token(subject, claims, roles);
    }

    static io.restassured.response.ValidatableResponse vote(long ballot, String member, String token) {
        return IdentityOptions.vote(ballot, member, token);
    }

    @Inject
    Fixtures fixtures;

    long designate(String member, String email) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("name", "Jan", "email", email))
                .when().post("/api/v1/members/{code}/delegates", member).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aVerifiedAddressBindsTheOneMatchingEntryAndNothingElseDoes() {
        fixtures.deactivateAllMembers();
        String a = Fixtures.uniqueCode("GM");
        String b = Fixtures.uniqueCode("GM");
        fixtures.member(a, 3);
        fixtures.member(b, 3);
        String email = "jan@" + a.toLowerCase() + ".example";
        long id = designate(a, email);
        // not verified: nothing
        given().auth().oauth2(token("unverified-" + a, Map.of("email", email, "email_verified", false))).when().get("/api/v1/me")
                .then().body("member", nullValue());
        String jan = token("verified-" + a, Map.of("email", email.toUpperCase(), "email_verified", true));
        given().auth().oauth2(jan).when().get("/api/v1/me").then().body("member", equalTo(a));
        assertEquals("verified-" + a, fixtures.string("SELECT login_subject FROM delegate WHERE id = ?", id));
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
        vote(ballot, a, jan).statusCode(200);
        // the entry is bound now: another verified login with that address gets nothing
        given().auth().oauth2(token("other-" + a, Map.of("email", email, "email_verified", true))).when().get("/api/v1/me")
                .then().body("member", nullValue());
        // one address designated for two members: ambiguous, an invitation decides
        String shared = "shared@" + b.toLowerCase() + ".example";
        designate(a, shared);
        designate(b, shared);
        given().auth().oauth2(token("shared-" + b, Map.of("email", shared, "email_verified", true))).when().get("/api/v1/me")
                .then().body("member", nullValue());
    }
}
