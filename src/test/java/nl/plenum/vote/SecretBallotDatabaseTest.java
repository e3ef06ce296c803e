package nl.plenum.vote;

import nl.plenum.Delegates;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.plenum.Ballots;
import nl.plenum.DatabaseAdministrator;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import nl.plenum.ballot.BallotKeys;
import nl.plenum.secrecy.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database administrator with a superuser login and a full dump, after publication, tries the links of
 * issue 13 (xmin, timestamps, row order, weights, change counters, audit joins): none ends at a choice,
 * because no secret choice is stored, logged or sealed anywhere but in the encrypted votes.
 */
@QuarkusTest
class SecretBallotDatabaseTest {

    static final Pattern CHOICE = Pattern.compile("\\b(YES|NO|ABSTAIN)\\b");

    @Inject
    Fixtures fixtures;

    @Inject
    BallotKeys keys;

    final List<String> members = new ArrayList<>();
    long resolution;

    @BeforeEach
    void fourMunicipalities() {
        fixtures.deactivateAllMembers();
        for (int weight : new int[] {14, 13, 5, 1}) {
            String code = Fixtures.uniqueCode("GM");
            fixtures.member(code, weight);
            members.add(code);
        }
        resolution = fixtures.resolution(fixtures.assembly());
    }

    @Test
    void aFullDumpAfterPublicationLinksNoMemberToAChoice() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Geheim\",\"visibility\":\"SECRET\"}");
        vote(ballot, members.get(0), "YES");
        vote(ballot, members.get(1), "NO");
        vote(ballot, members.get(2), "ABSTAIN");
        vote(ballot, members.get(2), "YES"); // a change: participation.changes = 1, one row replaced
        vote(ballot, members.get(3), "NO");
        Ballots.close(ballot);
        Ballots.publish(ballot);

        // every row of every table that belongs to this ballot, except the decrypted totals, holds no choice
        List<String> leaks = new ArrayList<>();
        for (List<String> table : DatabaseAdministrator.query("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.columns
                WHERE column_name = 'ballot_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
            String name = table.get(0);
            if (name.endsWith(".tally") || name.endsWith(".secret_tally")) {
                continue;
            }
            for (List<String> row : DatabaseAdministrator.query("SELECT t::text FROM " + name + " t WHERE ballot_id = ?", ballot)) {
                if (CHOICE.matcher(row.get(0)).find()) {
                    leaks.add(name + ": " + row.get(0));
                }
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // the totals name options, never a member
        for (String totals : List.of("tally", "secret_tally")) {
            String body = DatabaseAdministrator.query("SELECT body::text FROM " + totals + " WHERE ballot_id = ?", ballot).get(0).get(0);
            members.forEach(m -> assertFalse(body.contains(m), totals + " names " + m));
        }

        // the four links of issue 13 end at ciphertexts, never at a choice
        assertEquals(List.of(), DatabaseAdministrator.query("""
                SELECT m.code, v.choice FROM vote v JOIN participation p ON p.ballot_id = v.ballot_id AND p.xmin = v.xmin
                JOIN member m ON m.id = p.member_id WHERE v.ballot_id = ?""", ballot), "xmin");
        assertEquals(List.of(), DatabaseAdministrator.query("SELECT choice, weight FROM vote WHERE ballot_id = ? ORDER BY ctid", ballot), "row order, weights");
        assertEquals(List.of(), DatabaseAdministrator.query("""
                SELECT column_name FROM information_schema.columns
                WHERE table_name IN ('secret_vote', 'ballot_key') AND column_name IN ('choice', 'weight')"""), "no choice or weight next to a ciphertext");
        List<List<String>> byTime = DatabaseAdministrator.query("""
                SELECT m.code, p.changes, a.payload FROM participation p JOIN member m ON m.id = p.member_id
                JOIN audit_event a ON a.ballot_id = p.ballot_id AND a.type LIKE 'VOTE_%'
                WHERE p.ballot_id = ? ORDER BY abs(extract(epoch FROM a.occurred_at - p.cast_at))""", ballot);
        assertFalse(byTime.isEmpty());
        byTime.forEach(row -> assertFalse(CHOICE.matcher(row.get(2)).find(), "timestamps and change counters join to " + row));

        // the private key is in the database only sealed: not as hex, not as a number, in any table
        java.math.BigInteger x = QuarkusTransaction.requiringNew().call(() -> keys.unseal(ballot)).x();
        String hex = Group.hex(x);
        String decimal = x.toString();
        for (Map.Entry<String, List<String>> table : DatabaseAdministrator.dump().entrySet()) {
            for (String row : table.getValue()) {
                assertFalse(row.contains(hex) || row.contains(decimal), "private key in the clear in " + table.getKey());
            }
        }
    }

    @Test
    void noLogLineNamesASecretChoiceEvenAtDebug() {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> votingLines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        List<Logger> loggers = List.of(Logger.getLogger("nl.plenum"), Logger.getLogger("io.agroal"), Logger.getLogger("org.hibernate"),
                Logger.getLogger("io.quarkus.narayana"), Logger.getLogger("io.quarkus.rest"));
        List<Level> before = loggers.stream().map(Logger::getLevel).toList();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        loggers.forEach(l -> l.setLevel(Level.ALL));
        try {
            long ballot = Ballots.open(resolution, "{\"question\":\"Stil\",\"visibility\":\"SECRET\"}");
            vote(ballot, members.get(0), "ABSTAIN");
            vote(ballot, members.get(1), "YES");
            vote(ballot, members.get(1), "NO");
            // refused votes too: an error must not repeat the choice either
            given().auth().oauth2(Delegates.registered(members.get(0))).contentType(ContentType.JSON).body("{\"choice\":\"NO\"}")
                    .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, members.get(1)).then().statusCode(403);
            votingLines.addAll(lines);
            lines.clear();
            Ballots.close(ballot); // logs the decrypted totals (the tally row), which name no member
        } finally {
            root.removeHandler(capture);
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(before.get(i));
            }
        }
        assertFalse(votingLines.isEmpty(), "DEBUG logging was captured");
        List<String> leaks = new ArrayList<>(votingLines.stream().filter(l -> CHOICE.matcher(l).find()).toList());
        lines.stream().filter(l -> CHOICE.matcher(l).find() && members.stream().anyMatch(l::contains)).forEach(leaks::add);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void noMetricNamesASecretChoice() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Gemeten\",\"visibility\":\"SECRET\"}");
        vote(ballot, members.get(0), "ABSTAIN");
        vote(ballot, members.get(1), "YES");
        given().auth().oauth2(Tokens.chair()).contentType(ContentType.JSON).body("{\"choice\":\"NO\"}") // refused: the chair is no delegate
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, members.get(1)).then().statusCode(403);
        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertTrue(scraped.contains("http_server_requests"), "the metrics count the vote requests: " + scraped.length() + " bytes");
        List<String> leaks = scraped.lines().filter(l -> !l.startsWith("#") && CHOICE.matcher(l).find()).toList();
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    private void vote(long ballot, String member, String choice) {
        given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200);
    }
}
