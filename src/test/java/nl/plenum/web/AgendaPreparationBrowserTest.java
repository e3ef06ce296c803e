package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Preparing an assembly at scale (issue 11.6–7), as the secretariat does it: create the assembly, import the agenda,
 * reorder it, set ballot defaults, create a ballot from a prefilled form and copy a ballot's settings to another item.
 */
@QuarkusTest
@Tag("browser")
class AgendaPreparationBrowserTest extends SecretariatBrowserBase {

    @Test
    void anAgendaIsImportedReorderedAndGetsBallotsWithTheAssemblysRules() throws Exception {
        browser.open("/secretariat/assemblies");
        assertTrue(dateInputFitsItsPlaceholder(), "the date input shows all of dd-mm-jjjj");
        String title = "ALV " + Fixtures.uniqueCode("V");
        browser.find("#title").sendKeys(title);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('date').value = '2027-06-10';");
        browser.clickAndWait("form[action='/secretariat/assemblies'] button[type=submit]");
        browser.waitForText("#notice", "De vergadering is aangemaakt.");
        long assembly = fixtures.count("SELECT id FROM assembly WHERE title = ?", title);
        assertEquals("/secretariat/delegates", browser.find("#without-delegate-link").getAttribute("pathname"));

        Path csv = Files.createTempFile("agenda", ".csv");
        Files.writeString(csv, "agendapunt;titel;tekst\n1;Opening;\n2;;Zonder titel\n");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("form[action$='/resolutions/import'] button[type=submit]");
        browser.waitForText("#form-problem", "Regel 3: Titel: is verplicht");
        assertEquals(0, fixtures.count("SELECT count(*) FROM resolution WHERE assembly_id = ?", assembly), "a bad line changes nothing");
        browser.check("agenda-import-error");

        Files.writeString(csv, "agendapunt;titel;tekst\n1;Opening;\n2;Jaarrekening 2026;Het bestuur stelt voor de **jaarrekening** vast te stellen.\n"
                + "3;Begroting 2027;\nRondvraag;Rondvraag;\n");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("form[action$='/resolutions/import'] button[type=submit]");
        browser.waitForText("#notice", "Agenda geïmporteerd: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd.");
        assertEquals(List.of("1 Opening", "2 Jaarrekening 2026", "3 Begroting 2027", "Rondvraag Rondvraag"), agenda());
        browser.check("agenda-imported");

        long budget = fixtures.count("SELECT id FROM resolution WHERE assembly_id = ? AND agenda_item = '3'", assembly);
        assertTrue(browser.findAll("#down-" + budget).isEmpty(), "the last numbered item does not swap with Rondvraag");
        browser.clickAndWait("#up-" + budget);
        browser.waitForText("#notice", "Agendapunt 2 is verplaatst.");
        assertEquals(List.of("1 Opening", "2 Begroting 2027", "3 Jaarrekening 2026", "Rondvraag Rondvraag"), agenda());
        assertEquals("2", fixtures.string("SELECT agenda_item FROM resolution WHERE id = ?", budget));

        browser.find("#agendaItem").sendKeys("2");
        browser.find("#resolution-title").sendKeys("Contributie 2028");
        browser.clickAndWait("form[action$='/resolutions'] button[type=submit]");
        browser.waitForText("#agendaItem-error", "al een agendapunt met dat nummer");
        assertEquals("Contributie 2028", browser.find("#resolution-title").getAttribute("value"), "the typed title is kept");
        assertEquals("true", browser.find("#agendaItem").getAttribute("aria-invalid"));
        assertNull(browser.find("#title").getAttribute("aria-invalid"), "the assembly's own title field is fine");
        browser.check("agenda-duplicate-number");
        clear("#agendaItem");
        browser.find("#agendaItem").sendKeys("4");
        browser.clickAndWait("form[action$='/resolutions'] button[type=submit]");
        browser.waitForText("#notice", "Agendapunt 4 is toegevoegd.");

        new Select(browser.find("#percentBase-defaults")).selectByValue("CAST");
        new Select(browser.find("#majorityRule-defaults")).selectByValue("TWO_THIRDS");
        browser.find("#quorum-defaults").sendKeys("50");
        browser.find("#visibility-secret-defaults").click();
        browser.clickAndWait("#ballot-defaults button[type=submit]");
        browser.waitForText("#notice", "De standaardregels zijn opgeslagen.");
        assertEquals("YNA CAST TWO_THIRDS 0.5000 SECRET", fixtures.string("SELECT option_set || ' ' || percent_base || ' ' || majority_rule || ' ' "
                + "|| quorum || ' ' || visibility FROM assembly_ballot_defaults WHERE assembly_id = ?", assembly));
        browser.check("agenda-ballot-defaults");

        browser.open("/secretariat?assembly=" + assembly);
        long accounts = fixtures.count("SELECT id FROM resolution WHERE assembly_id = ? AND agenda_item = '3'", assembly);
        browser.find("#item-" + accounts).findElement(org.openqa.selenium.By.xpath("..")).findElement(org.openqa.selenium.By.cssSelector("summary")).click();
        assertEquals("CAST", new Select(browser.find("#percentBase-" + accounts)).getFirstSelectedOption().getAttribute("value"));
        assertEquals("50", browser.find("#quorum-" + accounts).getAttribute("value"));
        assertTrue(browser.find("#visibility-secret-" + accounts).isSelected());
        browser.find("#question-" + accounts).sendKeys("Stelt u de jaarrekening 2026 vast?");
        new Select(browser.find("#majorityRule-" + accounts)).selectByValue("ABSOLUTE");
        browser.clickAndWait("form[action='/secretariat/resolutions/" + accounts + "/ballots'] button[type=submit]");
        long ballot = fixtures.count("SELECT max(id) FROM ballot WHERE resolution_id = ?", accounts);
        assertEquals("CAST ABSOLUTE 0.5000 SECRET", rules(ballot));
        browser.check("agenda-ballot-prefilled");

        long budgetBallotItem = budget;
        browser.find("#item-" + budgetBallotItem).findElement(org.openqa.selenium.By.xpath("..")).findElement(org.openqa.selenium.By.cssSelector("summary")).click();
        assertEquals("TWO_THIRDS", new Select(browser.find("#majorityRule-" + budget)).getFirstSelectedOption().getAttribute("value"), "the default");
        new Select(browser.find("#copy-" + budget)).selectByValue(String.valueOf(ballot));
        browser.clickAndWait("#copy-button-" + budget);
        browser.waitForText("#saved", "Stelt u de jaarrekening 2026 vast?");
        assertEquals("ABSOLUTE", new Select(browser.find("#majorityRule-" + budget)).getFirstSelectedOption().getAttribute("value"), "copied");
        assertEquals("", browser.find("#question-" + budget).getAttribute("value"), "the question is not copied");
        browser.find("#question-" + budget).sendKeys("Stelt u de begroting 2027 vast?");
        browser.clickAndWait("form[action='/secretariat/resolutions/" + budget + "/ballots'] button[type=submit]");
        assertEquals("CAST ABSOLUTE 0.5000 SECRET", rules(fixtures.count("SELECT max(id) FROM ballot WHERE resolution_id = ?", budget)));
        browser.check("agenda-ballot-copied");
    }

    @Test
    void theMandateListsAreByNameStartEmptyAndCanBeSearched() {
        long assembly = fixtures.assembly();
        String zeta = Fixtures.uniqueCode("AA");
        String alpha = Fixtures.uniqueCode("ZZ");
        fixtures.member(zeta, 1);
        fixtures.member(alpha, 1);
        fixtures.update("UPDATE member SET name = ? WHERE code = ?", "Aaa-gemeente " + alpha, alpha);
        fixtures.update("UPDATE member SET name = ? WHERE code = ?", "Zzz-gemeente " + zeta, zeta);
        browser.open("/secretariat/assemblies/" + assembly);
        for (String list : new String[] {"#mandate-member", "#mandate-proxy"}) {
            Select select = new Select(browser.find(list));
            assertEquals("", select.getFirstSelectedOption().getAttribute("value"), list + " preselects nobody");
            List<String> codes = select.getOptions().stream().map(o -> o.getAttribute("value")).toList();
            assertTrue(codes.indexOf(alpha) < codes.indexOf(zeta), "by name, not by code");
        }
        browser.find("#mandate-q").sendKeys(alpha);
        browser.clickAndWait("form[role=search] button[type=submit]");
        browser.waitForText("#mandate-found", ": 1.");
        assertEquals(List.of("", alpha), new Select(browser.find("#mandate-member")).getOptions().stream().map(o -> o.getAttribute("value")).toList());
        browser.check("agenda-mandate-search");

        browser.open("/secretariat/assemblies/" + assembly);
        new Select(browser.find("#mandate-member")).selectByValue(alpha);
        new Select(browser.find("#mandate-proxy")).selectByValue(alpha);
        browser.clickAndWait("form[action$='/mandates'] button[type=submit]");
        browser.waitForText("#form-problem", "eigen gevolmachtigde");
        assertEquals(alpha, new Select(browser.find("#mandate-member")).getFirstSelectedOption().getAttribute("value"), "the choice is kept");
        assertEquals(0, fixtures.count("SELECT count(*) FROM mandate WHERE assembly_id = ?", assembly));
    }

    private List<String> agenda() {
        return browser.findAll(".plenum-agenda__item").stream()
                .map(li -> li.findElement(org.openqa.selenium.By.cssSelector(".plenum-agenda__number")).getText() + " "
                        + li.findElement(org.openqa.selenium.By.cssSelector("a")).getText())
                .toList();
    }

    private void clear(String css) {
        WebElement input = browser.find(css);
        input.clear();
    }

    /** The text "dd-mm-jjjj" in the input's own font, its padding and Chromium's calendar button (about 2.5em) fit its box. */
    private boolean dateInputFitsItsPlaceholder() {
        Object fits = ((JavascriptExecutor) browser.driver).executeScript("""
                const input = document.getElementById('date');
                const style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                const needed = context.measureText('dd-mm-jjjj').width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
                    + 2.5 * parseFloat(style.fontSize);
                return input.clientWidth >= needed;""");
        return Boolean.TRUE.equals(fits);
    }

    private String rules(long ballot) {
        return fixtures.string("SELECT percent_base || ' ' || majority_rule || ' ' || coalesce(quorum::text, '-') || ' ' || visibility FROM ballot WHERE id = ?",
                ballot);
    }
}
