package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Issue 11.3: a delegate's pages follow the chair without a reload (Server-Sent Events). */
@QuarkusTest
@Tag("browser")
class LiveDelegateBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser delegate;
    String member;
    long resolution;

    @BeforeEach
    void delegateOnItsPage() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 10);
        resolution = fixtures.resolution(fixtures.assembly());
        delegate = Browser.phone(base);
        delegate.loginAsDelegateOf(member);
    }

    @AfterEach
    void closeBrowser() {
        if (delegate != null) {
            delegate.close();
        }
    }

    @Test
    void aBallotAppearsOnVoteTheMomentTheChairOpensIt() {
        delegate.open("/vote");
        assertTrue(delegate.findAll("a[href^='/vote/']").isEmpty(), delegate.text("main"));
        markUnreloaded();

        long ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met de live begroting?\"}");
        delegate.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/vote/" + ballot + "']")));
        assertTrue(unreloaded(), "the list changed without a reload");
        delegate.waitForText("#live-status", "bijgewerkt");
        delegate.check("live-vote-list-opened");
    }

    @Test
    void theButtonsVanishTheMomentTheBallotCloses() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met het live plan?\"}");
        delegate.open("/vote/" + ballot);
        assertEquals(1, delegate.findAll("button[name='choice'][value='YES']").size());
        markUnreloaded();

        Ballots.close(ballot);
        delegate.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-closed")));
        assertTrue(delegate.findAll("button[name='choice']").isEmpty(), "no buttons after close");
        assertTrue(delegate.text("#ballot-closed").contains("De stemming is gesloten"), delegate.text("main"));
        assertTrue(unreloaded(), "the page changed without a reload");
        delegate.waitForText("#live-status", "De stemming is gesloten");
        delegate.check("live-vote-ballot-closed");

        // without script, a reload shows the same, and after publication a link to the result
        Ballots.publish(ballot);
        delegate.open("/vote/" + ballot);
        assertEquals("/results/" + ballot, java.net.URI.create(delegate.find("#results-link").getAttribute("href")).getPath());
    }

    @Test
    void afterVotingTheChangeButtonsVanishWhenTheBallotCloses() {
        long ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met het live besluit?\"}");
        delegate.open("/vote/" + ballot);
        delegate.clickAndWait("button[name='choice'][value='YES']");
        assertEquals("Voor", delegate.text("#recorded-choice"));
        assertEquals(1, delegate.findAll("button[name='choice'][value='NO']").size(), "the vote can still be changed");
        markUnreloaded();

        Ballots.close(ballot);
        delegate.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-closed")));
        assertTrue(delegate.findAll("button[name='choice']").isEmpty(), "no buttons after close");
        assertTrue(unreloaded(), "the receipt stays on screen");
        assertTrue(delegate.findAll("#receipt").size() == 1, "the receipt stays on screen");
    }

    private void markUnreloaded() {
        ((JavascriptExecutor) delegate.driver).executeScript("window.plenumUnreloaded = true;");
    }

    private boolean unreloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) delegate.driver).executeScript("return window.plenumUnreloaded === true;"));
    }
}
