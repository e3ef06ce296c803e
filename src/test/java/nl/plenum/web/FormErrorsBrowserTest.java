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
}
