package nl.plenum.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import nl.plenum.Fixtures;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** POST /api/v1/assemblies/{id}/resolutions/import: all or nothing, secretariat only, the file's problems named per line. */
@QuarkusTest
class AgendaImportResourceTest {

    @Inject
    Fixtures fixtures;

    private static ValidatableResponse importCsv(long assembly, byte[] csv, String token) {
        var request = given().contentType("text/csv").body(csv);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/assemblies/{id}/resolutions/import", assembly).then();
    }

    private static ValidatableResponse importCsv(long assembly, String csv) {
        return importCsv(assembly, csv.getBytes(StandardCharsets.UTF_8), Tokens.secretariat());
    }

    private String agenda(long assembly) {
        return fixtures.string("SELECT string_agg(agenda_item || '=' || title, ' ' ORDER BY agenda_item) FROM resolution WHERE assembly_id = ?", assembly);
    }

    @Test
    void newItemsAreCreatedAndExistingNumbersUpdated() {
        long assembly = fixtures.assembly();
        fixtures.update("INSERT INTO resolution (assembly_id, agenda_item, title) VALUES (?, '1', 'Opening'), (?, '2', 'Oud')", assembly, assembly);
        importCsv(assembly, "agendapunt;titel;tekst\n1;Opening;\n2;Begroting 2027;Het bestuur **stelt voor**\n3;Rondvraag;\n")
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        assertEquals("1=Opening 2=Begroting 2027 3=Rondvraag", agenda(assembly));
        assertEquals("Het bestuur **stelt voor**", fixtures.string("SELECT text_markdown FROM resolution WHERE assembly_id = ? AND agenda_item = '2'", assembly));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'AGENDA_IMPORTED' AND payload LIKE ?", "%\"assembly\":" + assembly + ",%"));
    }

    @Test
    void oneBadLineChangesNothingAndEveryBadLineIsNamed() {
        long assembly = fixtures.assembly();
        fixtures.update("INSERT INTO resolution (assembly_id, agenda_item, title) VALUES (?, '1', 'Opening')", assembly);
        importCsv(assembly, "agendaItem,title\n1,Opening gewijzigd\n2,\n3,Goed\n3,Dubbel\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("line 3", "line 5")))
                .body("errors.code", equalTo(java.util.List.of("not-blank", "duplicate-agenda-item")));
        assertEquals("1=Opening", agenda(assembly));
    }

    @Test
    void anItemVotedOnIsNotRewrittenByAFile() {
        long assembly = fixtures.assembly();
        long resolution = fixtures.resolution(assembly);
        String item = fixtures.string("SELECT agenda_item FROM resolution WHERE id = ?", resolution);
        fixtures.member(Fixtures.uniqueCode("GM"), 1); // someone is entitled, so the ballot can open
        nl.plenum.Ballots.close(nl.plenum.Ballots.open(resolution, "{\"question\":\"V\"}")); // through the API: the audit trail stays whole
        importCsv(assembly, "agendaItem,title\n0,Nieuw\n" + item + ",Andere woorden\n").statusCode(400)
                .body("errors[0].field", equalTo("line 3")).body("errors[0].code", equalTo("agenda-item-voted"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM resolution WHERE assembly_id = ?", assembly), "not even the new line");
        assertEquals("Resolutie", fixtures.string("SELECT title FROM resolution WHERE id = ?", resolution));
    }

    @Test
    void aLatin1FileIsRefusedByItsEncoding() {
        long assembly = fixtures.assembly();
        importCsv(assembly, "agendapunt;titel\n1;Financiële stukken\n".getBytes(StandardCharsets.ISO_8859_1), Tokens.secretariat())
                .statusCode(400).body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("not-utf8"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM resolution WHERE assembly_id = ?", assembly));
    }

    @Test
    void aHugeFileIsRefusedWithoutTouchingTheAgenda() {
        long assembly = fixtures.assembly();
        StringBuilder many = new StringBuilder("agendaItem,title\n");
        for (int i = 1; i <= 5000; i++) {
            many.append(i).append(",Punt ").append(i).append('\n');
        }
        importCsv(assembly, many.toString()).statusCode(400).body("errors[0].code", equalTo("too-many-lines"));
        importCsv(assembly, "agendaItem,title,text\n1,Opening," + "x".repeat(2_000_000) + "\n").statusCode(400)
                .body("errors[0].field", equalTo("line 2")).body("errors[0].code", equalTo("size"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM resolution WHERE assembly_id = ?", assembly));
    }

    @Test
    void onlyTheSecretariatImports() {
        long assembly = fixtures.assembly();
        byte[] csv = "agendaItem,title\n1,Opening\n".getBytes(StandardCharsets.UTF_8);
        importCsv(assembly, csv, null).statusCode(401);
        importCsv(assembly, csv, Tokens.chair()).statusCode(403);
        importCsv(assembly, csv, Tokens.delegate(Fixtures.uniqueCode("GM"))).statusCode(403);
        assertEquals(0, fixtures.count("SELECT count(*) FROM resolution WHERE assembly_id = ?", assembly));
        importCsv(987654321L, csv, Tokens.secretariat()).statusCode(404);
    }

    @Test
    void theOperationIsDocumented() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.'/api/v1/assemblies/{assemblyId}/resolutions/import'.post.requestBody.content.keySet()", hasItem("text/csv"));
    }
}
