package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Locale;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** A delegate votes, follows the link next to the receipt code and checks that the vote was counted. */
@QuarkusTest
@Tag("browser")
class ReceiptBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser delegate;
    String member;
    long ballot;

    @BeforeEach
    void openBallot() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 100);
        fixtures.update("UPDATE member SET name = 'Utrecht' WHERE code = ?", member);
        long resolution = fixtures.resolution(fixtures.assembly());
        ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met de begroting 2027?\"}");
    }

    @AfterEach
    void closeBrowser() {
        if (delegate != null) {
            delegate.close();
        }
    }

    @Test
    void theDelegateChecksTheReceiptOfTheVote() {
        delegate = Browser.phone(base);
        delegate.loginAsDelegateOf(member);
        delegate.open("/vote/" + ballot);
        delegate.clickAndWait("form.plenum-vote button[value='NO']");
        delegate.waitForText("h1", "Uw stem is");
        String receipt = delegate.text("#receipt");

        delegate.clickAndWait("#receipt-check-link");
        assertEquals("/receipt", delegate.path());
        assertEquals(String.valueOf(ballot), new Select(delegate.find("#receipt-ballot")).getFirstSelectedOption().getAttribute("value"));
        delegate.find("#receipt-code").sendKeys(receipt.replace("-", "").toLowerCase(Locale.ROOT));
        delegate.clickAndWait("#receipt-submit");
        delegate.waitForText("#receipt-verdict", "geteld");
        assertEquals("Uw stem is geteld", delegate.text("#receipt-verdict"));
        assertTrue(delegate.driver.findElements(org.openqa.selenium.By.id("receipt-choice")).isEmpty(), "no choice while the ballot is open");
        assertEquals(member, delegate.text("#receipt-member"));
        assertEquals("/receipt", delegate.path(), "the code is posted, never put in the address");
        assertTrue(!delegate.driver.getCurrentUrl().contains(receipt.substring(0, 4)), delegate.driver.getCurrentUrl());
        delegate.check("receipt-check");

        delegate.find("#receipt-code").clear();
        // the keyboard submits the form too; wait for the answer page, not for the old page's verdict (it raced:
        // the wait read #receipt-verdict of the page being replaced, "Node ... does not belong to the document")
        delegate.markPage();
        delegate.find("#receipt-code").sendKeys("ABCD", Keys.ENTER);
        delegate.waitForNextPage();
        delegate.waitForText("#receipt-verdict", "Niet bevestigd");
        assertTrue(delegate.text("#receipt-problem").contains("geen geldige ontvangstcode"), delegate.text("#receipt-problem"));
        delegate.check("receipt-check-malformed");
    }
}
