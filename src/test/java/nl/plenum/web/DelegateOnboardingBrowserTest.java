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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Onboarding as an association does it: the secretariat designates a delegate and prints the invitation,
 * the delegate's first login enters the code and is bound, and votes. The test provider's account carries a
 * {@code member} claim and the {@code delegate} role: before the code, neither lets it vote.
 */
@QuarkusTest
@Tag("browser")
class DelegateOnboardingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser secretariat;
    Browser delegate;
    String member;
    long ballot;

    @BeforeEach
    void openBallot() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 20);
        fixtures.update("UPDATE member SET name = 'Utrecht' WHERE code = ?", member);
        ballot = Ballots.open(fixtures.resolution(fixtures.assembly()), "{\"question\":\"Stemt u in met de jaarrekening?\"}");
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser b : new Browser[] {secretariat, delegate}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void theSecretariatInvitesTheDelegateBindsWithTheCodeAndVotes() {
        secretariat = Browser.desktop(base);
        secretariat.login("secretariaat");
        secretariat.open("/secretariat/delegates");
        assertTrue(secretariat.text("#without-delegate").contains(member), "a member without a delegate is listed");
        secretariat.find("#member").sendKeys(member);
        secretariat.find("#name").sendKeys("Anna de Boer");
        secretariat.find("#email").sendKeys("a.deboer@utrecht.example");
        secretariat.clickAndWait("#designate button[type='submit']");
        secretariat.waitForText("#notice", member);
        String row = "tr[data-member='" + member + "'] ";
        assertTrue(secretariat.text(row + ".plenum-delegate-status").contains("nog niet gekoppeld"), secretariat.text(row + ".plenum-delegate-status"));
        secretariat.clickAndWait(row + "form[action$='/invitation'] button");
        secretariat.waiting(15).until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("invitation-code")));
        String code = secretariat.text("#invitation-code");
        assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);
        assertTrue(secretariat.text("main").contains("Anna de Boer"), "the letter names the delegate");
        secretariat.check("delegate-invitation");

        delegate = Browser.phone(base);
        delegate.login("afgevaardigde-" + member.toLowerCase(Locale.ROOT));
        delegate.open("/vote");
        assertEquals("Geen toegang", delegate.text("h1"), "the provider's role and member claim alone do not make a delegate");
        delegate.open("/invitation");
        delegate.find("#code").sendKeys("ABCD-EFGH-JKLM-NPQR");
        delegate.clickAndWait("#redeem button[type='submit']");
        delegate.waitForText("#form-problem", "geen uitnodiging");
        delegate.find("#code").sendKeys(code.toLowerCase(Locale.ROOT).replace("-", " "));
        delegate.clickAndWait("#redeem button[type='submit']");
        delegate.waiting(15).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/vote"));
        delegate.waitForText("#acting-for", member);
        assertTrue(delegate.text("#acting-for").contains("Utrecht"), delegate.text("#acting-for"));
        delegate.check("delegate-bound");
        delegate.open("/vote/" + ballot);
        delegate.clickAndWait("form.plenum-vote button[value='YES']");
        delegate.waitForText("h1", "Uw stem is");
        assertEquals("afgevaardigde-" + member.toLowerCase(Locale.ROOT),
                fixtures.string("SELECT cast_by_subject FROM participation WHERE ballot_id = ?", ballot));

        secretariat.open("/secretariat/delegates");
        assertTrue(secretariat.text(row + ".plenum-delegate-status").contains("Gekoppeld aan login afgevaardigde-" + member.toLowerCase(Locale.ROOT)),
                secretariat.text(row + ".plenum-delegate-status"));
        assertTrue(!secretariat.findAll("#without-delegate").stream().anyMatch(e -> e.getText().contains(member)), "bound now");
        secretariat.check("delegate-register");

        // the code was single use: a second login cannot take the seat
        delegate.open("/invitation");
        delegate.find("#code").sendKeys(code);
        delegate.clickAndWait("#redeem button[type='submit']");
        delegate.waitForText("#form-problem", "al gebruikt");
    }
}
