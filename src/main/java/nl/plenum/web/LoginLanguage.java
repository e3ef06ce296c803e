package nl.plenum.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The provider's login page speaks the language of the page that sent the visitor there (issue 11.9):
 * {@code ui_locales} (OpenID Connect) and {@code kc_locale} (Keycloak, which prefers it) on every
 * authorization redirect, chosen as the pages choose theirs.
 */
@ApplicationScoped
@Unremovable // found by Quarkus OIDC at run time, injected nowhere
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext redirect) {
        RoutingContext rc = redirect.routingContext();
        Cookie saved = rc.request().getCookie(PageLanguage.COOKIE);
        Locale language = PageLanguage.choose(rc.request().getParam(PageLanguage.PARAMETER), saved == null ? null : saved.getValue(),
                rc.request().getHeader("Accept-Language"));
        redirect.additionalQueryParams().add("ui_locales", language.getLanguage());
        redirect.additionalQueryParams().add("kc_locale", language.getLanguage());
    }
}
