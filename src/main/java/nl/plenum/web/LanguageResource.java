package nl.plenum.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestForm;

/** Saves the visitor's language choice in a cookie and returns to the page they were on. */
@Path("/language")
public class LanguageResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm("return") String returnPath) {
        String tag = PageLanguage.supported(lang).orElse(PageLanguage.DUTCH).getLanguage();
        String cookie = PageLanguage.COOKIE + "=" + tag + "; Path=/; Max-Age=" + Duration.ofDays(365).toSeconds()
                + "; Secure; HttpOnly; SameSite=Lax";
        return Response.seeOther(URI.create(localPath(returnPath))).header("Set-Cookie", cookie).build();
    }

    /** Only a path on this site: never an open redirect to somewhere else. */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            return URI.create(path).getRawPath() == null ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/"; // not a valid address (a stray character in the query): the start page rather than a 500
        }
    }
}
