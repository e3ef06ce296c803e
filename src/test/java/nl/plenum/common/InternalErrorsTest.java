package nl.plenum.common;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 12.14: a rule's IllegalArgumentException (inconsistent totals at close) is a logged 500, not the client's 400. */
@QuarkusTest
class InternalErrorsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void inconsistentTotalsAtCloseAreALogged500AndTheBallotStaysOpen() {
        String member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 5000);
        long ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Q\"}");
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"YES\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
        // what a bug (or a hand in the database) could leave: fewer entitled than voted
        fixtures.update("UPDATE ballot SET entitled_members = 0, entitled_weight = 0 WHERE id = ?", ballot);

        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            public void flush() {
            }

            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.addHandler(capture);
        try {
            given().auth().oauth2(Tokens.chair()).when().post("/api/v1/ballots/{id}/closing", ballot)
                    .then().statusCode(500).contentType("application/problem+json").body("status", equalTo(500));
        } finally {
            log.removeHandler(capture);
        }
        assertTrue(errors.stream().anyMatch(r -> r.getThrown() instanceof IllegalArgumentException), "no error logged with the cause");
        assertEquals("OPEN", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
    }
}
