package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.plenum.Ballots;
import nl.plenum.Delegates;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 1 of issue 13 on the pages and streams: while a ballot is open, no page, projector, live stream,
 * export or receipt check shows a per-choice total to anyone, whatever their role. The weights are chosen
 * so that every per-choice sum and percentage is a number nothing else on a page can be (the turnout,
 * which the chair rightly sees, is a different number); after close the same detector finds the result on
 * the console and the results page, so it would have found a leak.
 */
@QuarkusTest
class NoInterimTallyOnPagesTest {

    // YES = 1013 + 1021, NO = 1709 + 1303, ABSTAIN = 1117 + 1151; 1237 does not vote
    static final int[] YES = {1013, 1021};
    static final int[] NO = {1709, 1303};
    static final int[] ABSTAIN = {1117, 1151};
    static final int ABSENT = 1237;

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL server;

    @ParameterizedTest
    @ValueSource(strings = {"OPEN", "SECRET"})
    void noPageOrStreamShowsATallyWhileTheBallotIsOpen(String visibility) throws Exception {
        fixtures.deactivateAllMembers();
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        List<String> voters = new ArrayList<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (int w : YES) {
            choices.put(member(w, voters), "YES");
        }
        for (int w : NO) {
            choices.put(member(w, voters), "NO");
        }
        for (int w : ABSTAIN) {
            choices.put(member(w, voters), "ABSTAIN");
        }
        member(ABSENT, voters);
        String delegate = voters.get(0);
        Delegates.registeredWebLogin(delegate);
        long ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met de resolutie?\",\"visibility\":\"" + visibility + "\"}");
        Map<String, String> receipts = new LinkedHashMap<>();
        for (Map.Entry<String, String> vote : choices.entrySet()) {
            receipts.put(vote.getKey(), vote(ballot, vote.getKey(), vote.getKey().equals(delegate) ? "NO" : vote.getValue()));
        }
        String receipt = receipts.get(voters.get(1)); // a YES that was not changed
        vote(ballot, delegate, "YES"); // a change, too; the delegate whose pages we read voted YES last

        URI app = server.toURI();
        Map<String, WebSession> roles = new LinkedHashMap<>();
        roles.put("anonymous", WebSession.anonymous(app));
        roles.put("no role", WebSession.login(app, "bezoeker"));
        roles.put("delegate", WebSession.login(app, "afgevaardigde-" + delegate.toLowerCase(Locale.ROOT)));
        roles.put("chair", WebSession.login(app, "voorzitter"));
        roles.put("secretariat", WebSession.login(app, "secretariaat"));
        List<String> pages = List.of("/", "/vote", "/vote/" + ballot, "/chair", "/chair?assembly=" + assembly, "/chair/ballots/" + ballot,
                "/chair/ballots/" + ballot + "/close", "/screen/" + ballot, "/secretariat", "/secretariat?assembly=" + assembly,
                "/secretariat/assemblies/" + assembly, "/secretariat/agenda/" + resolution, "/secretariat/ballots/" + ballot + "/cancel",
                "/secretariat/ballots/" + ballot + "/publish", "/results/" + ballot, "/results/" + ballot + "/results.csv",
                "/results/" + ballot + "/votes.csv", "/receipt?ballot=" + ballot, "/archief", "/secretariat/ballots/" + ballot + "/edit");

        List<String> leaks = new ArrayList<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (Map.Entry<String, WebSession> role : roles.entrySet()) {
            WebSession session = role.getValue();
            for (String page : pages) {
                WebSession.Page answer = session.get(page);
                // the archive lists every published result of earlier tests; this assembly's part is the one to read
                String body = page.equals("/archief") ? archiveOf(answer.body(), assembly) : answer.body();
                inspect(role.getKey() + " GET " + page, answer.status(), body, leaks, answered);
            }
            WebSession.Page check = session.postForm("/receipt?ballot=" + ballot, "/receipt", Map.of("ballot", String.valueOf(ballot), "code", receipt));
            inspect(role.getKey() + " POST /receipt", check.status(), check.body(), leaks, answered);
            for (String stream : List.of("/vote/live", "/vote/" + ballot + "/live")) { // the delegate's live pages
                List<String> said = session.events(stream, 1, Duration.ofSeconds(2));
                inspect(role.getKey() + " SSE " + stream, Integer.parseInt(said.get(0)), String.join("\n", said.subList(1, said.size())), leaks, answered);
            }
            List<String> events = session.events("/chair/ballots/" + ballot + "/live", 2, Duration.ofSeconds(3));
            inspect(role.getKey() + " SSE /chair/ballots/" + ballot + "/live", Integer.parseInt(events.get(0)),
                    String.join("\n", events.subList(1, events.size())), leaks, answered);
            if (role.getKey().equals("chair")) {
                assertTrue(events.size() > 1, "the chair's live stream sends the turnout: " + events);
                assertTrue(events.get(1).contains("7314") || events.get(1).contains("7.314"), "the turnout (weight voted) is what it shows: " + events.get(1));
            }
        }
        assertTrue(leaks.isEmpty(), "interim tally shown while open:\n" + String.join("\n", leaks));
        for (String mustAnswer : List.of("delegate GET /vote/" + ballot, "chair GET /chair/ballots/" + ballot, "chair GET /screen/" + ballot,
                "chair GET /chair/ballots/" + ballot + "/close", "secretariat GET /secretariat?assembly=" + assembly, "chair SSE /chair/ballots/" + ballot + "/live",
                "delegate SSE /vote/live", "delegate SSE /vote/" + ballot + "/live")) {
            assertEquals(200, answered.getOrDefault(mustAnswer, -1), mustAnswer + " answers while open, so its body was inspected");
        }
        // an open ballot's receipt says "counted" while open; a secret tracker is checked against the board after publication
        assertEquals(visibility.equals("OPEN") ? 200 : 409, answered.get("delegate POST /receipt"));

        Ballots.close(ballot);
        // the same detector sees the result once the ballot is closed: it would have seen a leak
        String console = roles.get("chair").get("/chair/ballots/" + ballot).body();
        assertFalse(tallyIn(console).isEmpty(), "the closed console shows the result the detector looks for");
        Ballots.publish(ballot);
        assertFalse(tallyIn(roles.get("anonymous").get("/results/" + ballot).body()).isEmpty(), "the published result shows it too");
    }

    private static String archiveOf(String page, long assembly) {
        int start = page.indexOf("id=\"archive-assembly-" + assembly + "\"");
        assertTrue(start >= 0, "the archive lists the assembly of the open ballot");
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private void inspect(String what, int status, String body, List<String> leaks, Map<String, Integer> answered) {
        answered.put(what, status);
        if (status < 300) {
            List<String> found = tallyIn(body);
            if (!found.isEmpty()) {
                leaks.add(what + " → " + status + " shows " + found);
            }
        }
    }

    /** Per-choice weight sums and percentages, under every percentage base, in any number format a page uses. */
    static List<String> tallyIn(String body) {
        String text = body.replaceAll("<[^>]*>", "\n").replaceAll("(?<=\\d)[.\\u00a0\\u202f ](?=\\d{3}(?!\\d))", "");
        long yes = YES[0] + YES[1];
        long no = NO[0] + NO[1];
        long abstain = ABSTAIN[0] + ABSTAIN[1];
        List<String> needles = new ArrayList<>(List.of(String.valueOf(yes), String.valueOf(no), String.valueOf(abstain)));
        for (long base : new long[] {yes + no, yes + no + abstain, yes + no + abstain + ABSENT}) {
            for (long part : new long[] {yes, no, abstain}) {
                String percent = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP).toPlainString();
                needles.add(percent);
                needles.add(percent.replace('.', ','));
            }
        }
        List<String> found = new ArrayList<>();
        for (String needle : needles) {
            if (Pattern.compile("(?<![\\d.,])" + Pattern.quote(needle) + "(?![\\d])").matcher(text).find()) {
                found.add(needle);
            }
        }
        // a count next to a choice's name ("Voor: 2", "YES 2")
        if (Pattern.compile("\\b(Voor|Tegen|Onthouding|YES|NO|ABSTAIN|For|Against|Abstain)\\b[ \\t:]*\\(?\\d").matcher(text).find()) {
            found.add("a count next to a choice");
        }
        if (text.contains("\"choice\"")) {
            found.add("a choice field");
        }
        return found;
    }

    private String member(int weight, List<String> codes) {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, weight);
        codes.add(code);
        return code;
    }

    private static String vote(long ballot, String member, String choice) {
        return given().auth().oauth2(Delegates.registered(member)).contentType(ContentType.JSON).body("{\"choice\":\"" + choice + "\"}")
                .when().put("/api/v1/ballots/{id}/votes/{member}", ballot, member).then().statusCode(200).extract().path("receipt");
    }

    @Test
    void theDetectorIgnoresTheTurnoutAndFindsATally() {
        assertEquals(List.of(), tallyIn("<p>7.314 van 8.551</p><p>85,53 %</p><button>Voor</button>\n<button>Tegen</button><p>2 van 7 leden</p>"));
        assertEquals(List.of("2034"), tallyIn("<td>Voor</td><td>2.034</td>"));
        assertEquals(List.of("40,31"), tallyIn("<span>40,31</span> %"));
        assertEquals(List.of("a count next to a choice"), tallyIn("<li>Tegen: 2</li>"));
    }
}
