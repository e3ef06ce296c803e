package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Test;

/** The assembly page's agenda and defaults forms at the HTTP level: refusals change nothing, and only the secretariat may post. */
@QuarkusTest
class AgendaPagesTest {

    @TestHTTPResource("/")
    URL server;

    @Inject
    Fixtures fixtures;

    private long item(long assembly, String number) {
        return fixtures.count("INSERT INTO resolution (assembly_id, agenda_item, title) VALUES (?, ?, ?) RETURNING id", assembly, number, "Punt " + number);
    }

    private String numbers(long assembly) {
        return fixtures.string("SELECT string_agg(title || '=' || agenda_item, ' ' ORDER BY id) FROM resolution WHERE assembly_id = ?", assembly);
    }

    @Test
    void anItemVotedOnDoesNotMoveAndThePageSaysWhy() throws Exception {
        long assembly = fixtures.assembly();
        long first = item(assembly, "1");
        long second = item(assembly, "2");
        fixtures.member(Fixtures.uniqueCode("GM"), 1); // someone is entitled, so the ballot can open
        nl.plenum.Ballots.close(nl.plenum.Ballots.open(second, "{\"question\":\"V\"}")); // through the API: the audit trail stays whole
        WebSession secretariat = WebSession.login(server.toURI(), "secretariaat");
        String page = "/secretariat/assemblies/" + assembly;
        WebSession.Page refused = secretariat.postForm(page, page + "/resolutions/" + first + "/down", Map.of());
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("Over dit agendapunt is al gestemd"), refused.body());
        assertEquals("Punt 1=1 Punt 2=2", numbers(assembly));

        long third = item(assembly, "3");
        long fourth = item(assembly, "4");
        WebSession.Page moved = secretariat.postForm(page, page + "/resolutions/" + fourth + "/up", Map.of());
        assertEquals(200, moved.status());
        assertTrue(moved.uri().toString().contains(page + "?moved=" + fourth), moved.uri().toString());
        assertTrue(moved.body().contains("Agendapunt 3 is verplaatst."), moved.body());
        assertEquals("Punt 1=1 Punt 2=2 Punt 3=4 Punt 4=3", numbers(assembly));
        assertEquals(third + 1, fourth);
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'AGENDA_ITEM_MOVED' AND payload LIKE ?",
                "%\"resolution\":" + fourth + ",%"));
    }

    @Test
    void badDefaultsAreShownAndNothingIsStored() throws Exception {
        long assembly = fixtures.assembly();
        WebSession secretariat = WebSession.login(server.toURI(), "secretariaat");
        String page = "/secretariat/assemblies/" + assembly;
        WebSession.Page refused = secretariat.postForm(page, page + "/ballot-defaults",
                Map.of("optionSet", "1", "percentBase", "CAST", "majorityRule", "SIMPLE", "quorum", "veel", "visibility", "OPEN"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("id=\"defaults-problem\""), refused.body());
        assertTrue(refused.body().contains("value=\"veel\""), "the typed quorum is shown again");
        assertEquals(0, fixtures.count("SELECT count(*) FROM assembly_ballot_defaults WHERE assembly_id = ?", assembly));
    }

    @Test
    void onlyTheSecretariatChangesTheAgendaOrTheDefaults() throws Exception {
        long assembly = fixtures.assembly();
        long first = item(assembly, "1");
        item(assembly, "2");
        URI app = server.toURI();
        String page = "/secretariat/assemblies/" + assembly;
        WebSession chair = WebSession.login(app, "voorzitter");
        WebSession.Page move = chair.postForm("/chair", page + "/resolutions/" + first + "/down", Map.of());
        WebSession.Page defaults = chair.postForm("/chair", page + "/ballot-defaults", Map.of("optionSet", "YN", "percentBase", "CAST",
                "majorityRule", "SIMPLE", "quorum", "", "visibility", "OPEN"));
        assertEquals(403, move.status(), move.uri() + " " + move.body());
        assertEquals(403, defaults.status(), defaults.uri().toString());
        WebSession.Page anonymous = WebSession.anonymous(app).postForm("/", page + "/resolutions/" + first + "/down", Map.of());
        assertTrue(anonymous.uri().getPath().endsWith("/openid-connect/auth"), "sent to log in first: " + anonymous.uri());
        assertEquals("Punt 1=1 Punt 2=2", numbers(assembly));
        assertEquals(0, fixtures.count("SELECT count(*) FROM assembly_ballot_defaults WHERE assembly_id = ?", assembly));
    }

    @Test
    void aRefusedAssemblyEditKeepsWhatWasTyped() throws Exception {
        long assembly = fixtures.assembly();
        String stored = fixtures.string("SELECT title FROM assembly WHERE id = ?", assembly);
        WebSession secretariat = WebSession.login(server.toURI(), "secretariaat");
        String page = "/secretariat/assemblies/" + assembly;
        WebSession.Page refused = secretariat.postForm(page, page, Map.of("title", "Nieuwe titel", "date", "31-02-2027", "status", "PLANNED"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("value=\"Nieuwe titel\""), "the typed title is kept");
        assertTrue(refused.body().contains("value=\"31-02-2027\""), "and the typed date");
        assertTrue(refused.body().contains("id=\"date-error\""), "the date's error is next to it");
        assertEquals(stored, fixtures.string("SELECT title FROM assembly WHERE id = ?", assembly));
    }
}
