package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import nl.plenum.Ballots;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** On a phone the page header stays compact, so the ballot and its buttons are visible without scrolling. */
@QuarkusTest
@Tag("browser")
class PhoneHeaderBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser phone;
    String member;
    long ballot;

    @BeforeEach
    void openBallot() {
        Browser.assumeInstalled();
        fixtures.deactivateAllMembers();
        member = Fixtures.uniqueCode("GM");
        fixtures.member(member, 100);
        long resolution = fixtures.resolution(fixtures.assembly());
        ballot = Ballots.open(resolution, "{\"question\":\"Stemt u in met het voorstel om de contributie voor 2027 met twee procent te verhogen?\"}");
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void theBallotIsVisibleBelowACompactHeader() {
        phoneOnTheBallot();
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) phone.driver).executeScript("""
                const header = document.querySelector('header.plenum-header').getBoundingClientRect();
                const button = document.querySelector('form.plenum-vote .plenum-choice').getBoundingClientRect();
                const name = document.querySelector('.plenum-account__name');
                return { header: header.height, viewport: window.innerHeight, viewportWidth: window.innerWidth,
                         scrollWidth: document.documentElement.scrollWidth, buttonTop: button.top, buttonBottom: button.bottom,
                         nameText: name.textContent };
                """);
        phone.screenshot("phone-ballot-header");
        double header = number(box.get("header"));
        double viewport = number(box.get("viewport"));
        assertTrue(header <= 0.30 * viewport, "header " + header + " px of a " + viewport + " px viewport: " + box);
        // three short rows; the header that wrapped into a line per item took 229 px here
        assertTrue(header <= 0.15 * viewport, "compact header " + header + " px of a " + viewport + " px viewport: " + box);
        assertTrue(number(box.get("buttonTop")) >= 0 && number(box.get("buttonBottom")) <= viewport,
                "first vote button within the viewport without scrolling: " + box);
        assertTrue(number(box.get("scrollWidth")) <= number(box.get("viewportWidth")), "no sideways scrolling: " + box);
        assertTrue(String.valueOf(box.get("nameText")).contains(member), "the account stays in the page for screen readers: " + box);
        phone.check("phone-ballot");

        // a focused menu link keeps its whole focus ring (3 px outline, 6 px halo) inside the sideways-scrolling menu
        phone.find(".plenum-nav a[href='/vote']").sendKeys(org.openqa.selenium.Keys.SHIFT);
        Object clipped = ((JavascriptExecutor) phone.driver).executeScript("""
                const link = document.querySelector(".plenum-nav a[href='/vote']");
                link.focus();
                const ring = link.getBoundingClientRect();
                const menu = document.querySelector('.plenum-nav').getBoundingClientRect();
                return ring.top - 6 < menu.top || ring.bottom + 6 > menu.bottom || ring.left - 6 < menu.left;
                """);
        assertEquals(Boolean.FALSE, clipped, "focus ring of the menu link is cut off");
        phone.screenshot("phone-ballot-header-focus");
    }

    @Test
    void atTwiceTheTextSizeEveryHeaderControlStaysUsable() {
        phoneOnTheBallot();
        // what a phone's "large text" (200 %) does to a page sized in rem: the root font doubles
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> cut = (java.util.List<Map<String, Object>>) ((JavascriptExecutor) phone.driver).executeScript("""
                document.documentElement.style.fontSize = '200%';
                const width = document.documentElement.clientWidth;
                const controls = [...document.querySelectorAll('header.plenum-header button, header.plenum-header a, header.plenum-header select')];
                return controls.filter(c => {
                  const box = c.getBoundingClientRect();
                  if (box.width === 0 && box.height === 0) return false; // not shown at this size
                  const hit = document.elementFromPoint(Math.min(width - 1, box.left + box.width / 2), box.top + box.height / 2);
                  return box.left < 0 || box.right > width || c.scrollWidth > c.clientWidth + 1 || !(hit === c || c.contains(hit));
                }).map(c => ({ text: c.textContent.trim(), left: c.getBoundingClientRect().left, right: c.getBoundingClientRect().right,
                               width: width, scrollWidth: c.scrollWidth, clientWidth: c.clientWidth }));
                """);
        phone.screenshot("phone-header-200-percent");
        assertEquals(java.util.List.of(), cut, "header controls cut off or covered at 200 % text");
        Object scroll = ((JavascriptExecutor) phone.driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        assertEquals(Boolean.TRUE, scroll, "no sideways scrolling of the whole page at 200 % text");
    }

    /** The delegate's ballot page on a phone, its vote buttons shown. */
    private void phoneOnTheBallot() {
        phone = Browser.phone(base);
        phone.loginAsDelegateOf(member);
        phone.open("/vote/" + ballot);
        phone.find("form.plenum-vote button[value='YES']");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
