package nl.plenum.common;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12.3: {"choice":1} was recorded as NO, "2" as ABSTAIN. An enum is accepted by its name only. */
@QuarkusTest
class EnumsByNameTest {

    @Inject
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "\"0\"", "\"2\"", "\"yes\"", "\" YES\"", "true", "null", "{}", "[\"YES\"]"})
    void aChoiceThatIsNotANameIsRefusedAndNothingIsRecorded(String choice) {
        String member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 5000);
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":" + choice + "}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        org.junit.jupiter.api.Assertions.assertEquals(0, fixtures.count("SELECT count(*) FROM vote WHERE ballot_id = ?", ballot));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"optionSet\":0", "\"visibility\":\"1\"", "\"majorityRule\":2", "\"percentBase\":\"simple\""})
    void ballotOptionsAreNamesToo(String option) {
        long resolution = fixtures.resolution(fixtures.assembly());
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"question\":\"Q\"," + option + "}")
                .when().post("/api/v1/resolutions/{id}/ballots", resolution)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(option.substring(1, option.indexOf('"', 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"0\""})
    void anAssemblyStatusIsAName(String status) {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"title\":\"ALV\",\"date\":\"2026-12-10\",\"status\":" + status + "}")
                .when().post("/api/v1/assemblies")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
