package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plenum.Delegates;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import nl.plenum.TestLoginProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A session lasts the meeting: with tokens that live a few seconds, a vote and a close made after
 * they expired still go through (the tokens are refreshed silently). A form posted after the
 * session really ended stores nothing, and after the login the page says so, with the ballot.
 */
@QuarkusTest
@Tag("browser")
class SessionBrowserTest {

    private static final String CHAIR = "voorzitter";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    final List<Browser> browsers = new ArrayList<>();
    String member;
    String delegateLogin;
    long ballot;

    @BeforeEach
    void openBallotWithShortLivedTokens() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 100);
        fixtures.member(Fixtures.uniqueCode("GM"), 100); // one who does not vote, so the ballot stays open
        delegateLogin = "afgevaardigde-" + member.toLowerCase(Locale.ROOT);
        Delegates.registeredWebLogin(member); // the register, not a token claim, makes this login the member's delegate
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Stemt u in met de begroting 2027?\"}");
        TestLoginProvider.tokenLifetime(Duration.ofSeconds(4));
    }

    @AfterEach
    void closeBrowsers() {
        TestLoginProvider.tokenLifetime(null);
        browsers.forEach(Browser::close);
    }

    @Test
    void aVoteAndACloseAfterTheTokensExpiredAreStored() {
        Browser delegate = open(Browser.phone(base));
        delegate.login(delegateLogin);
        delegate.open("/vote/" + ballot);
        int refreshed = TestLoginProvider.refreshes(delegateLogin);
        TestLoginProvider.awaitExpiryOfTokensOf(delegateLogin);
        delegate.clickAndWait("form.plenum-vote button[value='YES']");
        assertEquals("/vote/" + ballot, delegate.path());
        assertTrue(delegate.text("h1").contains("Uw stem is"), delegate.text("main"));
        assertEquals("Voor", delegate.text("#recorded-choice"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ?", ballot));
        assertTrue(TestLoginProvider.refreshes(delegateLogin) > refreshed, "the expired tokens were refreshed, not replaced by a new login");

        Browser chair = open(Browser.desktop(base));
        chair.login(CHAIR);
        chair.open("/chair/ballots/" + ballot);
        int chairRefreshed = TestLoginProvider.refreshes(CHAIR);
        chair.clickAndWait("#close-ballot");
        assertEquals(1, chair.findAll("#close-not-voted li").size(), "the confirmation names the member who has not voted");
        TestLoginProvider.awaitExpiryOfTokensOf(CHAIR);
        chair.clickAndWait("#confirm-close button");
        assertEquals("/chair/ballots/" + ballot, chair.path());
        assertEquals("CLOSED", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        assertTrue(chair.text("#verdict").contains("Aangenomen"), chair.text("main"));
        assertTrue(TestLoginProvider.refreshes(CHAIR) > chairRefreshed);
    }

    @Test
    void aVotePostedAfterTheSessionEndedIsNotStoredAndTheDelegateIsToldSo() {
        Browser delegate = open(Browser.phone(base));
        delegate.login(delegateLogin);
        delegate.open("/vote/" + ballot);
        TestLoginProvider.endSessionsOf(delegateLogin);
        TestLoginProvider.awaitExpiryOfTokensOf(delegateLogin);

        delegate.clickAndWait("form.plenum-vote button[value='YES']");
        delegate.submitLoginForm(delegateLogin);

        assertEquals("/vote/" + ballot, delegate.path());
        assertEquals("U was uitgelogd; uw stem is niet opgeslagen, stem opnieuw.", delegate.text("#lost-action"));
        assertEquals(1, delegate.findAll("form.plenum-vote").size(), "the ballot is shown again to vote on");
        assertEquals(0, fixtures.count("SELECT count(*) FROM participation WHERE ballot_id = ?", ballot), "nothing was stored");
        delegate.check("session-lost-vote");

        delegate.open("/vote/" + ballot);
        assertTrue(delegate.findAll("#lost-action").isEmpty(), "the notice is shown once");
        delegate.clickAndWait("form.plenum-vote button[value='NO']");
        assertEquals("Tegen", delegate.text("#recorded-choice"));
    }

    @Test
    void aClosePostedAfterTheSessionEndedLeavesTheBallotOpenAndSaysSo() {
        Browser chair = open(Browser.desktop(base));
        chair.login(CHAIR);
        chair.open("/chair/ballots/" + ballot);
        chair.clickAndWait("#close-ballot");
        TestLoginProvider.endSessionsOf(CHAIR);
        TestLoginProvider.awaitExpiryOfTokensOf(CHAIR);
        chair.clickAndWait("#confirm-close button");
        chair.submitLoginForm(CHAIR);

        assertEquals("/chair/ballots/" + ballot + "/close", chair.path(), "back on the confirmation, not on a 405");
        assertEquals("U was uitgelogd; uw actie is niet uitgevoerd. Probeer het opnieuw.", chair.text("#lost-action"));
        assertFalse(chair.driver.getPageSource().contains("\"status\""), "no raw JSON");
        assertEquals("OPEN", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
        chair.check("session-lost-close");
        chair.clickAndWait("#confirm-close button");
        assertEquals("CLOSED", fixtures.string("SELECT state FROM ballot WHERE id = ?", ballot));
    }

    private Browser open(Browser browser) {
        browsers.add(browser);
        return browser;
    }
}
