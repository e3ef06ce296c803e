package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.plenum.Tokens;
import org.junit.jupiter.api.Test;

/** The pages' CSRF token, attacked as someone who can plant a cookie (a sibling subdomain, a network position). */
@QuarkusTest
class CsrfTest {

    @Test
    void aPlantedCookieWithAMatchingFormFieldIsRefused() {
        String token = formToken(given().when().get("/toegankelijkheid"));
        // The plain double-submit passed when the cookie equalled the field; the signed one does not.
        given().redirects().follow(false).cookie("csrf-token", token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("lang", "en").formParam("return", "/")
                .when().post("/language").then().statusCode(400)
                .header("Set-Cookie", not(containsString(PageLanguage.COOKIE)));
    }

    @Test
    void theCookieTheServerSetStillWorksAndIsNotTheFormToken() {
        Response page = given().when().get("/toegankelijkheid");
        String cookie = page.getCookie("csrf-token");
        String token = formToken(page);
        assertNotEquals(token, cookie, "the cookie holds the signature, not the token itself");
        given().redirects().follow(false).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("lang", "en").formParam("return", "/")
                .when().post("/language").then().statusCode(303)
                .header("Set-Cookie", containsString(PageLanguage.COOKIE));
    }

    @Test
    void theCookieIsSameSiteStrict() {
        String setCookie = PagesTest.setCookie(given().when().get("/"), "csrf-token");
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    }

    @Test
    void apiResponsesSetNoCsrfCookie() {
        Response api = given().auth().oauth2(Tokens.secretariat()).when().get("/api/v1/members");
        api.then().statusCode(200);
        assertTrue(api.getHeaders().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("csrf-token=")),
                "no CSRF cookie on the API: " + api.getHeaders());
    }

    private static String formToken(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }
}
