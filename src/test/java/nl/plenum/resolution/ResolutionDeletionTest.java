package nl.plenum.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DELETE /api/v1/resolutions/{id}: only while nobody can have voted on it. */
@QuarkusTest
class ResolutionDeletionTest {

    @Inject
    Fixtures fixtures;

    long resolution;

    @BeforeEach
    void agendaItem() {
        fixtures.member(Fixtures.uniqueCode("GM"), 4); // someone is entitled when a ballot opens
        resolution = fixtures.resolution(fixtures.assembly());
    }

    private long ballot() {
        return Ballots.draft(resolution, "{\"question\": \"Stemt u in?\"}");
    }

    private long rows(String table, long id) {
        return fixtures.count("SELECT count(*) FROM " + table + " WHERE id = ?", id);
    }

    private long deletionEvents() {
        return fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'RESOLUTION_DELETED' AND payload::jsonb ->> 'resolution' = ?",
                Long.toString(resolution));
    }

    @Test
    void aResolutionWithOnlyADraftBallotIsDeletedWithIt() {
        long draft = ballot();
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(204);

        assertEquals(0, rows("resolution", resolution));
        assertEquals(0, rows("ballot", draft));
        given().when().get("/api/v1/resolutions/{id}", resolution).then().statusCode(404);
        assertEquals(1, deletionEvents());
        assertEquals("[" + draft + "]", fixtures.string(
                "SELECT payload::jsonb ->> 'draftBallots' FROM audit_event WHERE type = 'RESOLUTION_DELETED' AND payload::jsonb ->> 'resolution' = ?",
                Long.toString(resolution)).replace(" ", ""));
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("chain.valid", equalTo(true));
    }

    @Test
    void aResolutionWithoutBallotsIsDeleted() {
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(204);
        assertEquals(0, rows("resolution", resolution));
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aResolutionThatWasVotedOnStaysAndSaysWhy() {
        long draft = ballot();
        long opened = ballot();
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/opening", opened).then().statusCode(200);
        long events = fixtures.count("SELECT count(*) FROM audit_event");

        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/resolution-has-ballots"));

        assertEquals(1, rows("resolution", resolution));
        assertEquals(1, rows("ballot", draft), "the draft stays too: all or nothing");
        assertEquals("OPEN", fixtures.string("SELECT state FROM ballot WHERE id = ?", opened));
        assertEquals(events, fixtures.count("SELECT count(*) FROM audit_event"));
        assertEquals(0, deletionEvents());
    }

    @Test
    void aBallotCancelledBeforeOpeningDoesNotKeepItsResolution() {
        long cancelled = ballot();
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/cancellation", cancelled).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(204);
        assertEquals(0, rows("ballot", cancelled));
    }

    @Test
    void unknownResolutionsAreNotFound() {
        given().auth().oauth2(Tokens.secretariat()).when().delete("/api/v1/resolutions/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheSecretariatDeletes() {
        long draft = ballot();
        given().when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Delegates.ofSomeMember(), Tokens.chair())) {
            given().auth().oauth2(token).when().delete("/api/v1/resolutions/{id}", resolution).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(1, rows("resolution", resolution));
        assertEquals(1, rows("ballot", draft));
        assertEquals(0, deletionEvents());
    }
}
