package nl.plenum;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Ballots as the secretariat and the chair make them, through the API with real tokens. */
public final class Ballots {

    private Ballots() {
    }

    /** A draft ballot on the resolution; {@code json} is the body, e.g. {@code {"question":"Q"}}. */
    public static long draft(long resolution, String json) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/resolutions/{id}/ballots", resolution)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A ballot opened by the chair: its entitlements are frozen and delegates can vote. */
    public static long open(long resolution, String json) {
        long id = draft(resolution, json);
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/opening", id).then().statusCode(200);
        return id;
    }

    /** Closed by the chair: the tally is counted and stored. */
    public static void close(long id) {
        given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", id).then().statusCode(200);
    }

    /** Published by the secretariat: the result is public. */
    public static void publish(long id) {
        given().auth().oauth2(Tokens.secretariat()).when().post("/api/v1/ballots/{id}/publication", id).then().statusCode(200);
    }

    /** Cancelled by the secretariat, with the reason an OPEN ballot needs. */
    public static void cancel(long id, String reason) {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(java.util.Map.of("reason", reason))
                .when().post("/api/v1/ballots/{id}/cancellation", id).then().statusCode(200);
    }
}
