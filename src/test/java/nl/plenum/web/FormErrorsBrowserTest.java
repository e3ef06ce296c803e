package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** A form filled in wrongly says, in Dutch, which field is wrong and why; nothing is stored. */
@QuarkusTest
@Tag("browser")
class FormErrorsBrowserTest extends SecretariatBrowserBase {

    @Test
    void aBadMemberIsExplainedFieldByField() {
        String code = Fixtures.uniqueCode("GM");
        browser.open("/secretariat/members");
        browser.find("#code").sendKeys(code);
        browser.find("#name").sendKeys("=SOM(A1)");
        browser.find("#inhabitants").sendKeys("veel");
        browser.find("#weight").sendKeys("7");
        browser.clickAndWait("#add-member button[type=submit]");
        browser.waitForText("#form-problem", "Controleer wat u hebt ingevuld.");
        String shown = browser.text("#form-problem");
        assertTrue(shown.contains("Inwoners: 'veel' is geen geheel getal"), shown);
        assertTrue(shown.contains("Naam: mag niet beginnen met = + - @"), shown);
        assertEquals(0, fixtures.count("SELECT count(*) FROM member WHERE code = ?", code), "nothing is stored");
        assertEquals(code, browser.find("#code").getAttribute("value"), "what was typed stays in the form");
        assertEquals("veel", browser.find("#inhabitants").getAttribute("value"), "inhabitants as typed stay in the form");
        assertEquals("7", browser.find("#weight").getAttribute("value"), "the weight as typed stays in the form");
        // each problem sits next to its field, the field says it is invalid, and the first one has the focus
        assertEquals("true", browser.find("#inhabitants").getAttribute("aria-invalid"));
        assertEquals("inhabitants-error", browser.find("#inhabitants").getAttribute("aria-describedby"));
        assertTrue(browser.text("#inhabitants-error").contains("'veel' is geen geheel getal"), browser.text("#inhabitants-error"));
        assertTrue(browser.text("#name-error").contains("mag niet beginnen met"), browser.text("#name-error"));
        assertEquals(null, browser.find("#code").getAttribute("aria-invalid"), "a correct field is not marked");
        // the summary has the focus (a screen reader reads it first) and links to each field
        assertEquals("form-problem", ((JavascriptExecutor) browser.driver).executeScript("return document.activeElement.id;"));
        Object visible = ((JavascriptExecutor) browser.driver).executeScript(
                "const r = document.getElementById('form-problem').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;");
        assertEquals(Boolean.TRUE, visible, "the summary is next to the form, on screen, not at the top of a long list");
        browser.find("#form-problem a[href='#inhabitants']"); // the summary links to the field
        browser.check("secretariat-member-errors");
    }

    @Test
    void anAssemblyWithoutTitleOrDateIsExplained() {
        long before = fixtures.count("SELECT count(*) FROM assembly");
        browser.open("/secretariat/assemblies");
        // the browser's own checks would stop this form; the server must explain it as well
        ((JavascriptExecutor) browser.driver).executeScript(
                "const f = document.querySelector(\"form[action='/secretariat/assemblies']\"); f.noValidate = true;"
                        + "document.getElementById('title').value = '   '; document.getElementById('date').value = '';");
        browser.clickAndWait("form[action='/secretariat/assemblies'] button[type=submit]");
        browser.waitForText("#form-problem", "Titel: is verplicht");
        assertTrue(browser.text("#form-problem").contains("Datum: is verplicht"), browser.text("#form-problem"));
        assertEquals(before, fixtures.count("SELECT count(*) FROM assembly"), "nothing is stored");
        browser.check("secretariat-assembly-errors");
    }

    @Test
    void anAddedMemberIsConfirmedAndHasTheFocus() {
        String code = Fixtures.uniqueCode("GM");
        browser.open("/secretariat/members");
        browser.find("#code").sendKeys(code);
        browser.find("#name").sendKeys("Gemeente Nieuwdorp");
        browser.find("#inhabitants").sendKeys("12000");
        browser.clickAndWait("#add-member button[type=submit]");
        assertTrue(browser.text("#notice").contains("Lid " + code + " is toegevoegd."), browser.text("#notice"));
        assertEquals("notice", ((JavascriptExecutor) browser.driver).executeScript("return document.activeElement.id;"),
                "the confirmation has the focus, so a screen reader reads it");
        assertEquals(1, fixtures.count("SELECT count(*) FROM member WHERE code = ?", code));
    }

    @Test
    void aLatin1CsvAndAMissingFileSayWhatIsWrong() throws Exception {
        java.nio.file.Path latin1 = java.nio.file.Files.createTempFile("leden-latin1", ".csv");
        java.nio.file.Files.write(latin1, "code,name,inhabitants\nGM9001,Súdwest-Fryslân,90000\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        long before = fixtures.count("SELECT count(*) FROM member");
        browser.open("/secretariat/members");
        browser.find("#file").sendKeys(latin1.toAbsolutePath().toString());
        browser.clickAndWait("form[action='/secretariat/members/import'] button[type=submit]");
        String problem = browser.text("#form-problem");
        assertTrue(problem.contains("geen UTF-8") && problem.contains("Windows-1252") && problem.contains("CSV UTF-8"), problem);
        assertTrue(browser.text("#file-error").contains("Windows-1252"), browser.text("#file-error"));
        assertEquals("true", browser.find("#file").getAttribute("aria-invalid"));
        browser.check("secretariat-import-latin1");

        java.nio.file.Path empty = java.nio.file.Files.createTempFile("leeg", ".csv");
        browser.find("#file").sendKeys(empty.toAbsolutePath().toString());
        browser.clickAndWait("form[action='/secretariat/members/import'] button[type=submit]");
        assertTrue(browser.text("#form-problem").contains("kies een bestand"), browser.text("#form-problem"));
        assertEquals(before, fixtures.count("SELECT count(*) FROM member"), "nothing is stored");
    }

    @Test
    void theMemberListIsPaged() {
        for (int i = 0; i < MemberSlice.SIZE + 5; i++) {
            fixtures.update("INSERT INTO member (code, name, inhabitants, weight, weight_explicit, active) VALUES (?, ?, 0, 1, true, false)",
                    Fixtures.uniqueCode("PG"), "Pagina-gemeente " + i);
        }
        browser.open("/secretariat/members");
        assertEquals(MemberSlice.SIZE, browser.findAll("#members tbody tr").size(), "one page of rows");
        assertTrue(browser.text("#pager").contains("Pagina 1 van"), browser.text("#pager"));
        browser.clickAndWait("#pager a[rel='next']");
        assertTrue(browser.text("#pager").contains("Pagina 2 van"), browser.text("#pager"));
        assertTrue(browser.findAll("#members tbody tr").size() > 0);
        browser.check("secretariat-members-page-2");
    }
}
