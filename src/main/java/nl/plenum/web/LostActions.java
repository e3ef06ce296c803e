package nl.plenum.web;

import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Remembers a form posted after the session ended ({@link LostAction}) and shows the page it came
 * from, with the notice, once the login round trip is over.
 *
 * <p>1. The provider's login is about to start for a POST: a short-lived cookie names the post and
 * its page. 2. Quarkus brings the browser back to the post's path with a GET: that is no page, so
 * it goes on to the form's page. 3. That page is shown with the notice, and the cookie is cleared.
 */
@ApplicationScoped
@Redirect({Redirect.Location.OIDC_AUTHORIZATION, Redirect.Location.SESSION_EXPIRED_PAGE})
public class LostActions implements OidcRedirectFilter {

    /** The routing-context key under which the page finds the action it must report as not done. */
    static final String SHOW = LostActions.class.getName();
    private static final long COOKIE_SECONDS = 30 * 60;

    @Override
    public void filter(OidcRedirectContext redirect) {
        RoutingContext rc = redirect.routingContext();
        if (!LostAction.isLocal(rc.request().path())) {
            return;
        }
        String page = rc.request().uri();
        if (rc.request().method() == HttpMethod.POST) {
            LostAction lost = LostAction.of(rc.request().path(), rc.request().getHeader("Referer"), rc.request().getHeader("Host"));
            rc.response().addCookie(cookie(lost.cookieValue(), COOKIE_SECONDS));
            page = lost.pagePath();
        }
        if (redirect.redirectUri().contains(SessionExpired.PATH)) {
            // The provider could not refresh the session: log in again, then back to this page.
            redirect.additionalQueryParams().add(SessionExpired.RETURN, page);
        }
    }

    void install(@Observes Filters filters) {
        filters.register(this::afterLogin, 40);
    }

    private void afterLogin(RoutingContext rc) {
        Cookie cookie = rc.request().method() == HttpMethod.GET ? rc.request().getCookie(LostAction.COOKIE) : null;
        // The provider's answer (code, state or error) is for Quarkus to finish the login with.
        if (cookie == null || rc.request().getParam("code") != null || rc.request().getParam("state") != null
                || rc.request().getParam("error") != null) {
            rc.next();
            return;
        }
        var lost = LostAction.fromCookie(cookie.getValue());
        if (lost.isEmpty()) {
            rc.response().addCookie(cookie("", 0));
            rc.next();
            return;
        }
        if (lost.get().pagePath().equals(rc.request().uri())) {
            rc.put(SHOW, lost.get());
            rc.response().addCookie(cookie("", 0));
        } else if (lost.get().postPath().equals(rc.request().path())) {
            rc.response().setStatusCode(303).putHeader("Location", lost.get().pagePath()).putHeader("Cache-Control", "no-store").end();
            return;
        }
        rc.next();
    }

    private static Cookie cookie(String value, long maxAge) {
        return Cookie.cookie(LostAction.COOKIE, value).setPath("/").setHttpOnly(true).setSecure(true)
                .setSameSite(CookieSameSite.LAX).setMaxAge(maxAge);
    }
}
