package nl.plenum.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    @Test
    void homeSpeaksDutchByDefault() {
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\""))
                .body(containsString("Algemene ledenvergadering"))
                .body(containsString("Inloggen"));
    }

    @Test
    void homeSpeaksEnglishWhenTheBrowserPrefersIt() {
        given().header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("General assembly"));
    }

    @Test
    void langParameterOverridesTheBrowser() {
        given().header("Accept-Language", "nl-NL").queryParam("lang", "en").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\""));
    }

    @Test
    void unsupportedLanguageFallsBackToDutch() {
        given().header("Accept-Language", "de-DE,fr;q=0.8").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"nl\""));
    }

    @Test
    void languageChoiceWithoutCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/language").then().statusCode(400)
                .header("Set-Cookie", not(containsString(PageLanguage.COOKIE)));
    }

    @Test
    void languageChoiceIsSavedInASecureCookie() {
        Response page = given().when().get("/toegankelijkheid");
        String csrf = page.getCookie("csrf-token");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().redirects().follow(false).cookie("csrf-token", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("lang", "en").formParam("return", "/toegankelijkheid")
                .when().post("/language").then().statusCode(303)
                .header("Location", containsString("/toegankelijkheid"))
                .header("Set-Cookie", org.hamcrest.Matchers.anything());
        String cookie = setCookie(given().redirects().follow(false).cookie("csrf-token", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("lang", "en").formParam("return", "/").when().post("/language"), PageLanguage.COOKIE);
        org.hamcrest.MatcherAssert.assertThat(cookie, allOf(containsString("plenum-lang=en"), containsString("Secure"),
                containsStringIgnoringCase("HttpOnly"), containsString("SameSite=Lax")));
        given().cookie(PageLanguage.COOKIE, "en").when().get("/toegankelijkheid").then().statusCode(200)
                .body(containsString("Accessibility statement"));
    }

    @Test
    void languageChoiceNeverRedirectsOffSite() {
        org.junit.jupiter.api.Assertions.assertEquals("/", LanguageResource.localPath("//evil.example/"));
        org.junit.jupiter.api.Assertions.assertEquals("/", LanguageResource.localPath("https://evil.example/"));
        org.junit.jupiter.api.Assertions.assertEquals("/vote/3", LanguageResource.localPath("/vote/3"));
        org.junit.jupiter.api.Assertions.assertEquals("/chair?assembly=2", LanguageResource.localPath("/chair?assembly=2"), "the chosen assembly stays");
        org.junit.jupiter.api.Assertions.assertEquals("/", LanguageResource.localPath("/chair?x=<|>"), "a malformed address is no 500");
    }

    @Test
    void theLanguageSwitchReturnsToThePageWithItsQuery() {
        given().when().get("/archief?assembly=2&x=1").then().statusCode(200)
                .body(containsString("name=\"return\" value=\"/archief?assembly=2&amp;x=1\""));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("style-src 'self'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void csrfCookieIsHttpOnlyAndSecure() {
        String cookie = setCookie(given().when().get("/"), "csrf-token");
        org.hamcrest.MatcherAssert.assertThat(cookie, allOf(containsString("Secure"), containsStringIgnoringCase("HttpOnly")));
    }

    @Test
    void accessibilityStatementIsPublic() {
        given().when().get("/toegankelijkheid").then().statusCode(200)
                .body(containsString("Toegankelijkheidsverklaring"))
                .body(containsString("WCAG"));
    }

    @Test
    void unknownPageIsAReadablePage() {
        given().when().get("/bestaat-niet").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Pagina niet gevonden"));
    }

    @Test
    void resultsOfAnUnknownBallotAreAReadable404() {
        given().when().get("/results/987654321").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Pagina niet gevonden"));
    }

    @Test
    void unknownApiPathIsStillProblemJson() {
        given().when().get("/api/v1/bestaat-niet").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void workingPagesStartTheLoginFlowWithPkce() {
        String provider = ConfigProvider.getConfig().getValue("plenum.test-login.url", String.class);
        for (String page : new String[] {"/login", "/vote", "/chair", "/secretariat", "/screen/1"}) {
            given().redirects().follow(false).when().get(page).then().statusCode(302)
                    .header("Location", allOf(startsWith(provider + "/protocol/openid-connect/auth"),
                            containsString("code_challenge="), containsString("code_challenge_method=S256")));
        }
    }

    @Test
    void designSystemStylesComeFromTheNpmBuild() {
        given().when().get("/vendor/utrecht/index.css").then().statusCode(200).body(containsString(".utrecht-button"));
        given().when().get("/vendor/utrecht-tokens/theme.css").then().statusCode(200).body(containsString("--utrecht-"));
        given().when().get("/css/plenum.css").then().statusCode(200);
    }

    /** The Set-Cookie header for one cookie: a response may set several. */
    static String setCookie(Response response, String name) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + response.getHeaders()));
    }

    @Test
    void theApiIgnoresAnEmptyFormAndRefusesARealOne() {
        // a body-less POST that HTTP clients label as a form must reach the API, not the pages' CSRF check
        given().auth().oauth2(nl.plenum.Tokens.chair()).when().post("/api/v1/ballots/987654321/opening")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(nl.plenum.Tokens.chair()).contentType("application/x-www-form-urlencoded").formParam("a", "b")
                .when().post("/api/v1/ballots/987654321/opening")
                .then().statusCode(415).contentType("application/problem+json").header("API-Version", "1.0.0");
    }
}
