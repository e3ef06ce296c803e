package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Issue 11.9: the provider's login page was Dutch whatever language the visitor had chosen. */
@QuarkusTest
class LoginLanguageTest {

    @Test
    void theLoginRedirectCarriesThePagesLanguage() {
        given().redirects().follow(false).cookie(PageLanguage.COOKIE, "en").when().get("/vote").then().statusCode(302)
                .header("Location", allOf(containsString("ui_locales=en"), containsString("kc_locale=en")));
        given().redirects().follow(false).header("Accept-Language", "en-GB,en;q=0.8").when().get("/chair").then().statusCode(302)
                .header("Location", allOf(containsString("ui_locales=en"), containsString("kc_locale=en")));
        given().redirects().follow(false).cookie(PageLanguage.COOKIE, "en").queryParam("lang", "nl").when().get("/secretariat").then().statusCode(302)
                .header("Location", allOf(containsString("ui_locales=nl"), not(containsString("ui_locales=en"))));
    }

    @Test
    void dutchWhenNothingNamesALanguage() {
        given().redirects().follow(false).when().get("/login").then().statusCode(302)
                .header("Location", allOf(containsString("ui_locales=nl"), containsString("kc_locale=nl")));
    }
}
