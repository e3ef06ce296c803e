package nl.plenum.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: name, roles, and the member organisation a delegate speaks for (claim {@code member}). */
@RequestScoped
public class CurrentUser {

    public static final String MEMBER_CLAIM = "member";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The caller's Plenum roles, sorted; roles the provider adds for its own use are left out. */
    public Set<String> roles() {
        TreeSet<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The member code of a delegate, empty for anyone whose token names no member. */
    public Optional<String> memberCode() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(MEMBER_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String code = claim.toString().replace("\"", "").trim();
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** One key per login, across tenants and providers: the token's issuer and subject. */
    public Optional<String> login() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            return Optional.empty();
        }
        return Optional.of(jwt.getIssuer() + " " + jwt.getSubject());
    }

    /** When the caller's token expires: a live stream ends then, so the reconnect authenticates again. */
    public Optional<java.time.Instant> expiresAt() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return Optional.empty();
        }
        return Optional.of(java.time.Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
}
