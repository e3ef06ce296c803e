package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The secretariat prepares an assembly through the pages: members (form and CSV), agenda, mandates. */
@QuarkusTest
@Tag("browser")
class SecretariatBrowserTest extends SecretariatBrowserBase {

    @Test
    void membersAreAddedByFormAndByCsv() throws Exception {
        String code = Fixtures.uniqueCode("GM");
        browser.open("/secretariat/members");
        browser.find("#code").sendKeys(code);
        browser.find("#name").sendKeys("Gemeente Formulier");
        browser.find("#inhabitants").sendKeys("120000");
        browser.clickAndWait("#add-member button[type=submit]");
        browser.waitForText("#members", "Gemeente Formulier");
        assertEquals(8, fixtures.count("SELECT weight FROM member WHERE code = ?", code), "120.000 inhabitants: the 100.000 bracket");

        String first = Fixtures.uniqueCode("GM");
        String second = Fixtures.uniqueCode("GM");
        Path csv = Files.createTempFile("members", ".csv");
        Files.writeString(csv, "code;name;inhabitants;weight\n" + first + ";Gemeente Een;5000;\n" + second + ";Gemeente Twee;800000;20\n");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("form[action='/secretariat/members/import'] button[type=submit]");
        browser.waitForText("#notice", "2 nieuw");
        assertEquals(20, fixtures.count("SELECT weight FROM member WHERE code = ?", second));
        browser.check("secretariat-members");

        Files.writeString(csv, "code,name,inhabitants\n" + first + ",,-4\n");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("form[action='/secretariat/members/import'] button[type=submit]");
        browser.waitForText("#form-problem", "Regel 2: Inwoners: mag niet negatief zijn");
        assertEquals("Gemeente Een", fixtures.string("SELECT name FROM member WHERE code = ?", first), "a bad file changes nothing");
        browser.check("secretariat-members-error");
    }

    @Test
    void anAssemblyGetsAnAgendaAndAMandate() {
        String giver = Fixtures.uniqueCode("GM");
        String proxy = Fixtures.uniqueCode("GM");
        fixtures.member(giver, 3);
        fixtures.member(proxy, 5);
        browser.open("/secretariat/assemblies");
        browser.find("#title").sendKeys("Buitengewone ALV");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('date').value = '2026-12-10';");
        browser.clickAndWait("form[action='/secretariat/assemblies'] button[type=submit]");
        browser.waitForText("h1", "Buitengewone ALV");
        long assembly = fixtures.count("SELECT max(id) FROM assembly WHERE title = 'Buitengewone ALV'");
        assertEquals("2026-12-10", fixtures.string("SELECT meeting_date::text FROM assembly WHERE id = ?", assembly));

        browser.find("#agendaItem").sendKeys("4");
        browser.find("#resolution-title").sendKeys("Contributie 2027");
        browser.find("#text").sendKeys("De contributie stijgt met **2 %**.");
        browser.clickAndWait("form[action$='/resolutions'] button[type=submit]");
        browser.waitForText(".plenum-agenda", "Contributie 2027");

        new Select(browser.find("#mandate-member")).selectByValue(giver);
        new Select(browser.find("#mandate-proxy")).selectByValue(proxy);
        browser.clickAndWait("form[action$='/mandates'] button[type=submit]");
        browser.waitForText("#mandates", proxy);
        assertEquals(1, fixtures.count("SELECT count(*) FROM mandate WHERE assembly_id = ?", assembly));
        browser.check("secretariat-assembly");
    }
}
