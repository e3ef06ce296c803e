package nl.plenum.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A page session that was logged out counts as nobody, even if an old copy of its cookie comes
 * back: the page then asks for a new login (and the login flow drops the cookie).
 */
@ApplicationScoped
public class EndedSessionCheck implements SecurityIdentityAugmentor {

    @Inject
    EndedSessions endedSessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // A bearer token of the same provider session is refused too: that login was ended.
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && endedSessions.ended(PageSession.key(token))) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        }
        return Uni.createFrom().item(identity);
    }
}
