package nl.plenum.web;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.plenum.security.EndedSessions;
import nl.plenum.security.PageSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Logging out is a form post with the CSRF token: a link or image on another site cannot log a
 * delegate out in the middle of a vote. The session is put on the ended list first, so an old copy
 * of its cookie stops working, then the provider ends its own session.
 */
@Path("/logout")
@Produces(MediaType.TEXT_HTML)
public class LogoutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm();
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession session;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    EndedSessions endedSessions;

    @ConfigProperty(name = "plenum.session-lifetime")
    Duration sessionLifetime;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    /** A plain GET (a link, or another site) only asks. */
    @GET
    public TemplateInstance confirm() {
        return Templates.confirm();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(@Context UriInfo uri) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Uni.createFrom().item(Response.seeOther(URI.create("/")).build());
        }
        // Its cookie can outlive the ID token by the session lifetime; the entry must outlive the cookie.
        Instant tokenExpiry = Instant.ofEpochSecond(idToken.getExpirationTime());
        endedSessions.end(PageSession.key(idToken), tokenExpiry.plus(sessionLifetime).plus(Duration.ofHours(1)));
        String home = uri.getBaseUri().resolve("/").toString();
        String endSession = provider.getEndSessionUri();
        URI target = endSession == null ? URI.create("/")
                : URI.create(endSession + (endSession.contains("?") ? "&" : "?") + "client_id=" + enc(clientId)
                        + "&id_token_hint=" + enc(idToken.getRawToken()) + "&post_logout_redirect_uri=" + enc(home));
        return session.logout().replaceWith(Response.seeOther(target).header("Cache-Control", "no-store").build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
