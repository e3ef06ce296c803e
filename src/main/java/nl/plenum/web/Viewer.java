package nl.plenum.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import nl.plenum.security.CurrentUser;
import nl.plenum.security.Roles;

/**
 * Who is looking at a page and in which language; the layout reads it as {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    CurrentUser user;

    @Inject
    RoutingContext request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            Cookie cookie = request.request().getCookie(PageLanguage.COOKIE);
            locale = PageLanguage.choose(
                    request.request().getParam(PageLanguage.PARAMETER),
                    cookie == null ? null : cookie.getValue(),
                    request.request().getHeader("Accept-Language"));
        }
        return locale;
    }

    /** The language tag for {@code <html lang>}. */
    public String lang() {
        return locale().getLanguage();
    }

    public boolean english() {
        return PageLanguage.ENGLISH.equals(locale());
    }

    /** The path of this page, so that switching language returns here. */
    public String path() {
        return request.normalizedPath();
    }

    /** Where the language switch returns to: this page with its query (?assembly=2 stays chosen, issue 11.9). */
    public String returnPath() {
        String query = request.request().query();
        return query == null || query.isEmpty() ? path() : path() + "?" + query;
    }

    /** Scheme, host and port this page was asked for, for addresses printed on paper. */
    public String origin() {
        java.net.URI uri = java.net.URI.create(request.request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    public boolean loggedIn() {
        return !user.isAnonymous();
    }

    public String name() {
        return user.name();
    }

    public String member() {
        return user.memberCode().orElse("");
    }

    public boolean delegate() {
        return user.hasRole(Roles.DELEGATE);
    }

    public boolean chair() {
        return user.hasRole(Roles.CHAIR);
    }

    public boolean secretariat() {
        return user.hasRole(Roles.SECRETARIAT);
    }
}
