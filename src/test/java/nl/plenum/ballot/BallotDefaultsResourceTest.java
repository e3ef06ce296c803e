package nl.plenum.ballot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An assembly's ballot defaults (issue 11.7): set by the secretariat, used for the rules a new ballot omits. */
@QuarkusTest
class BallotDefaultsResourceTest {

    private static final String STRICT = "{\"optionSet\":\"YN\",\"percentBase\":\"CAST\",\"majorityRule\":\"TWO_THIRDS\",\"quorum\":0.5,\"visibility\":\"SECRET\"}";

    @Inject
    Fixtures fixtures;

    private static ValidatableResponse put(long assembly, String body, String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().put("/api/v1/assemblies/{id}/ballot-defaults", assembly).then();
    }

    private long stored(long assembly) {
        return fixtures.count("SELECT count(*) FROM assembly_ballot_defaults WHERE assembly_id = ?", assembly);
    }

    @Test
    void anAssemblyWithoutDefaultsUsesTheBuiltInOnes() {
        long assembly = fixtures.assembly();
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/assemblies/{id}/ballot-defaults", assembly).then().statusCode(200)
                .body("optionSet", equalTo("YNA")).body("percentBase", equalTo("YES_NO")).body("majorityRule", equalTo("SIMPLE"))
                .body("quorum", nullValue()).body("visibility", equalTo("OPEN"));
    }

    @Test
    void aNewBallotTakesTheAssemblysDefaultsForTheRulesItOmits() {
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        put(assembly, STRICT, Tokens.secretariat()).statusCode(200).body("visibility", equalTo("SECRET"));
        long omitted = nl.plenum.Ballots.draft(resolution, "{\"question\":\"Alles standaard?\"}");
        assertEquals("YN CAST TWO_THIRDS 0.5000 SECRET", rules(omitted));
        long given = nl.plenum.Ballots.draft(resolution, "{\"question\":\"Eigen regels?\",\"optionSet\":\"YNA\",\"quorum\":0.25,\"visibility\":\"OPEN\"}");
        assertEquals("YNA CAST TWO_THIRDS 0.2500 OPEN", rules(given));
        long elsewhere = nl.plenum.Ballots.draft(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Andere vergadering\"}");
        assertEquals("YNA YES_NO SIMPLE - OPEN", rules(elsewhere), "defaults belong to one assembly");
    }

    @Test
    void changingTheDefaultsLeavesExistingBallotsAlone() {
        long assembly = fixtures.assembly();
        long ballot = nl.plenum.Ballots.draft(fixtures.resolution(assembly), "{\"question\":\"Eerder\"}");
        put(assembly, STRICT, Tokens.secretariat()).statusCode(200);
        put(assembly, "{\"percentBase\":\"ENTITLED\"}", Tokens.secretariat()).statusCode(200)
                .body("optionSet", equalTo("YNA")).body("quorum", nullValue()).body("percentBase", equalTo("ENTITLED"));
        assertEquals("YNA YES_NO SIMPLE - OPEN", rules(ballot));
        assertEquals(1, stored(assembly));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"optionSet\":0}", "{\"visibility\":\"1\"}", "{\"majorityRule\":2}", "{\"percentBase\":\"cast\"}",
            "{\"quorum\":1.5}", "{\"quorum\":0}", "{\"quorum\":0.12345}", "{\"quorum\":\"half\"}", "[]", "{\"optionSet\":null,\"quorum\":-0.5}"})
    void badInputIsA400AndChangesNothing(String body) {
        long assembly = fixtures.assembly();
        put(assembly, body, Tokens.secretariat()).statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(0, stored(assembly));
    }

    @Test
    void onlyTheSecretariatReadsOrSetsThem() {
        long assembly = fixtures.assembly();
        put(assembly, STRICT, null).statusCode(401);
        put(assembly, STRICT, Tokens.chair()).statusCode(403);
        put(assembly, STRICT, Tokens.delegate(Fixtures.uniqueCode("GM"))).statusCode(403);
        given().auth().oauth2(Tokens.chair()).when().get("/api/v1/assemblies/{id}/ballot-defaults", assembly).then().statusCode(403);
        given().when().get("/api/v1/assemblies/{id}/ballot-defaults", assembly).then().statusCode(401);
        assertEquals(0, stored(assembly));
        put(987654321L, STRICT, Tokens.secretariat()).statusCode(404);
    }

    @Test
    void theBallotApiSaysWhereOmittedRulesComeFrom() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.'/api/v1/resolutions/{resolutionId}/ballots'.post.description", containsString("ballot-defaults"));
    }

    private String rules(long ballot) {
        return fixtures.string("SELECT option_set || ' ' || percent_base || ' ' || majority_rule || ' ' || coalesce(quorum::text, '-') || ' ' || visibility"
                + " FROM ballot WHERE id = ?", ballot);
    }
}
