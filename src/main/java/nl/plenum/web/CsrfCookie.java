package nl.plenum.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF cookie quarkus-rest-csrf sets (it has no SameSite setting of its own): SameSite=Strict,
 * so no other site's page ever sends it along; and none at all on the API, which takes bearer
 * tokens and has no forms to protect.
 */
public class CsrfCookie {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String name;

    void install(@Observes Filters filters) {
        filters.register(rc -> {
            boolean api = rc.normalizedPath().startsWith("/api/");
            String sent = rc.request().getHeader("Cookie");
            rc.addHeadersEndHandler(v -> {
                Cookie cookie = rc.response().removeCookie(name, false);
                // Re-add only a cookie this response sets; the one the browser sent needs no Set-Cookie.
                if (cookie != null && !api && !sentAlready(sent, cookie)) {
                    rc.response().addCookie(cookie.setSameSite(CookieSameSite.STRICT));
                }
            });
            rc.next();
        }, 90);
    }

    static boolean sentAlready(String cookieHeader, Cookie cookie) {
        if (cookieHeader == null) {
            return false;
        }
        for (String pair : cookieHeader.split(";")) {
            if (pair.strip().equals(cookie.getName() + "=" + cookie.getValue())) {
                return true;
            }
        }
        return false;
    }
}
