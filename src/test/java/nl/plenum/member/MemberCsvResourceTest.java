package nl.plenum.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.plenum.Fixtures;
import nl.plenum.Delegates;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberCsvResourceTest {

    private static final String IMPORT = "/api/v1/members/import";
    private static final String EXPORT = "/api/v1/members/export";
    private static final String HEADER = "code,name,inhabitants,weight\r\n";

    @Inject
    Fixtures fixtures;

    private long members() {
        return fixtures.count("SELECT count(*) FROM member");
    }

    private static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then();
    }

    private static String export() {
        return given().auth().oauth2(Tokens.secretariat()).when().get(EXPORT).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("members.csv"))
                .extract().asString();
    }

    @Test
    void anActiveColumnReactivatesADeactivatedMember() {
        String code = Fixtures.uniqueCode("GM");
        String other = Fixtures.uniqueCode("GM");
        fixtures.member(code, 1000);
        fixtures.member(other, 1000);
        fixtures.update("UPDATE member SET active = false WHERE code IN (?, ?)", code, other);
        importCsv("code;name;inhabitants;weight;active\r\n" + code + ";Terug;1000;;ja\r\n" + other + ";Weg;1000;;\r\n").statusCode(200);
        assertEquals("true", fixtures.string("SELECT active::text FROM member WHERE code = ?", code));
        assertEquals("false", fixtures.string("SELECT active::text FROM member WHERE code = ?", other));
        importCsv("code,name,inhabitants,active\r\n" + code + ",Terug,1000,misschien\r\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("line 2"))
                .body("errors[0].code", equalTo("not-a-boolean"));
        assertEquals("true", fixtures.string("SELECT active::text FROM member WHERE code = ?", code));
    }

    @Test
    void theSpreadsheetExportHasSemicolonsAndAByteOrderMarkAndImportsAgain() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 1000);
        fixtures.update("UPDATE member SET name = ?, inhabitants = 1234 WHERE code = ?", "Súdwest-Fryslân; \"Friesland\"", code);
        byte[] body = given().auth().oauth2(Tokens.secretariat()).header("Accept-Language", "nl").when().get(EXPORT)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String sheet = new String(body, StandardCharsets.UTF_8);
        assertTrue(sheet.startsWith("\uFEFFcode;name;inhabitants;weight\r\n"), sheet);
        assertTrue(sheet.contains("\r\n" + code + ";\"Súdwest-Fryslân; \"\"Friesland\"\"\";1234;1000\r\n"), sheet);
        assertEquals(sheet, new String(given().auth().oauth2(Tokens.secretariat()).queryParam("format", "spreadsheet").when().get(EXPORT)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8));
        assertTrue(export().startsWith(HEADER), "the machine format stays the default");
        given().auth().oauth2(Tokens.secretariat()).contentType("text/csv").body(body).when().post(IMPORT).then().statusCode(200);
        assertEquals("Súdwest-Fryslân; \"Friesland\"", fixtures.string("SELECT name FROM member WHERE code = ?", code));
        given().auth().oauth2(Tokens.secretariat()).queryParam("format", "xlsx").when().get(EXPORT)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aFormulaAlreadyInTheDatabaseIsDefusedInTheExport() {
        String code = Fixtures.uniqueCode("GM");
        fixtures.member(code, 1000);
        fixtures.update("UPDATE member SET name = ? WHERE code = ?", "=HYPERLINK(\"http://evil\",\"x\")", code);
        String line = Arrays.stream(export().split("\r\n")).filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertTrue(line.startsWith(code + ",\"'=HYPERLINK("), line);
    }

    @Test
    void namesWithQuotesCommasAndAccentsSurviveExportAndImport() {
        String s = Fixtures.uniqueCode("");
        String csv = HEADER
                + "H" + s + ",'s-Gravenhage,566221,\r\n"
                + "Q" + s + ",\"Gemeente \"\"Oost\"\", Noord\",12000,7\r\n"
                + "F" + s + ",Súdwest-Fryslân,90000,\r\n";
        importCsv(csv).statusCode(200).body("created", equalTo(3)).body("updated", equalTo(0));

        String exported = export();
        List<String> ours = Arrays.stream(exported.split("\r\n")).filter(l -> l.contains(s)).toList();
        int derived = MemberResourceTest.derivedWeight(566221);
        MemberResourceTest.get("H" + s).body("weight", equalTo(derived)).body("weightExplicit", equalTo(false));
        assertEquals(List.of(
                "F" + s + ",Súdwest-Fryslân,90000,",
                "H" + s + ",'s-Gravenhage,566221,",
                "Q" + s + ",\"Gemeente \"\"Oost\"\", Noord\",12000,7"), ours);
        assertTrue(exported.startsWith(HEADER), exported.substring(0, 40));

        long before = members();
        importCsv(HEADER + ours.stream().collect(Collectors.joining("\r\n")) + "\r\n").statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        assertEquals(before, members());
        MemberResourceTest.get("Q" + s).body("name", equalTo("Gemeente \"Oost\", Noord")).body("weight", equalTo(7));
    }

    @Test
    void semicolonFilesFromDutchExcelImportAndUpsertByCode() {
        String code = Fixtures.uniqueCode("GM");
        MemberResourceTest.create(code, 10, 4);
        String excel = "\uFEFFcode;name;inhabitants;weight\r\n" + code + ";Nieuwe naam;10;\r\n";
        importCsv(excel).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        MemberResourceTest.get(code).body("name", equalTo("Nieuwe naam"))
                .body("weightExplicit", equalTo(false)).body("weight", equalTo(MemberResourceTest.derivedWeight(10)));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE type = 'MEMBERS_IMPORTED' AND payload LIKE ?",
                "%\"code\":\"" + code + "\"%"));
    }

    @Test
    void oneBadLineRefusesTheWholeFileListingEveryBadLine() {
        String good = Fixtures.uniqueCode("OK");
        String existing = Fixtures.uniqueCode("GM");
        MemberResourceTest.create(existing, 10, 4);
        long before = members();
        String csv = HEADER
                + good + ",Goed,100,\r\n"
                + "bad code,Slecht,abc,\r\n"
                + existing + ",Gewijzigd,10,\r\n"
                + good + ",Dubbel,1,\r\n"
                + "X" + good + ",=SUM(A1),1,-1\r\n";
        importCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("3 line(s)"))
                .body("errors.field", hasItem("line 3"))
                .body("errors.field", hasItem("line 5"))
                .body("errors.field", hasItem("line 6"))
                .body("errors.findAll { it.field == 'line 3' }.message", hasItem(containsString("inhabitants")))
                .body("errors.findAll { it.field == 'line 5' }.message", hasItem(containsString("line 2")))
                .body("errors.findAll { it.field == 'line 6' }.size()", equalTo(2));
        assertEquals(before, members());
        given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/members/" + good).then().statusCode(404);
        MemberResourceTest.get(existing).body("name", equalTo("Gemeente " + existing)).body("weight", equalTo(4));
    }

    @Test
    void aFileThatIsNotCsvOrNotUtf8IsRefused() {
        long before = members();
        importCsv("").statusCode(400).contentType("application/problem+json");
        importCsv("naam,inwoners\r\nA,1\r\n").statusCode(400).body("errors.field", hasItem("line 1"));
        given().auth().oauth2(Tokens.secretariat()).contentType("text/csv")
                .body((HEADER + Fixtures.uniqueCode("L") + ",Súdwest,1,\r\n").getBytes(StandardCharsets.ISO_8859_1))
                .when().post(IMPORT).then().statusCode(400).body("detail", containsString("UTF-8"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{}")
                .when().post(IMPORT).then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, members());
    }

    @Test
    void onlyTheSecretariatImportsAndExports() {
        String csv = HEADER + Fixtures.uniqueCode("R") + ",Rol,1,\r\n";
        List<String> tokens = List.of(Tokens.chair(), Delegates.ofSomeMember(), Tokens.token("x")); // the delegate's member first
        long before = members();
        given().contentType("text/csv").body(csv).when().post(IMPORT).then().statusCode(401).contentType("application/problem+json");
        given().when().get(EXPORT).then().statusCode(401);
        for (String token : tokens) {
            given().auth().oauth2(token).contentType("text/csv").body(csv).when().post(IMPORT).then().statusCode(403);
            given().auth().oauth2(token).when().get(EXPORT).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, members());
    }

    @Test
    void deactivatedMembersAreNotExported() {
        String code = Fixtures.uniqueCode("GM");
        MemberResourceTest.create(code, 1, null);
        assertTrue(export().contains(code));
        fixtures.update("UPDATE member SET active = false WHERE code = ?", code);
        assertTrue(!export().contains(code));
    }
}
