package nl.plenum.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response. The Content-Security-Policy allows no inline script or style;
 * forms may post only here and to the login provider (logout redirects there).
 */
public class SecurityHeaders {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String loginProvider;

    void install(@Observes Filters filters) {
        String policy = policy(loginProvider);
        filters.register(rc -> {
            var headers = rc.response().headers();
            if (!rc.normalizedPath().startsWith("/q/")) { // Dev UI (dev mode only) needs inline script
                headers.set("Content-Security-Policy", policy);
            }
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            rc.next();
        }, 100);
    }

    static String policy(String loginProviderUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self'" + origin(loginProviderUrl);
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
