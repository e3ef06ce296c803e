package nl.plenum.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the login (issuer + subject), its name, its Plenum roles, and the member it acts for.
 * The member comes from Plenum's delegate register (put on the identity by the register's augmentor),
 * never from a claim the user could edit, unless {@code plenum.identity.trust-member-claim} says so.
 */
@RequestScoped
public class CurrentUser {

    public static final String MEMBER_CLAIM = "member";
    /** Identity attribute: the code of the member this login acts for. */
    public static final String MEMBER_ATTRIBUTE = "plenum.member";
    /** Identity attribute, set only when the member came from the token's claim (trust-member-claim). */
    public static final String MEMBER_FROM_CLAIM_ATTRIBUTE = "plenum.member-from-claim";

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

    /** The member this login acts for, empty when the register binds it to none. */
    public Optional<String> memberCode() {
        Object member = identity.isAnonymous() ? null : identity.getAttribute(MEMBER_ATTRIBUTE);
        return Optional.ofNullable((String) member);
    }

    /** True when the member was taken from the token's claim, as {@code plenum.identity.trust-member-claim} allows. */
    public boolean memberFromClaim() {
        return !identity.isAnonymous() && Boolean.TRUE.equals(identity.getAttribute(MEMBER_FROM_CLAIM_ATTRIBUTE));
    }

    /** The login, or null for an anonymous caller. */
    public Login login() {
        return loginOf(identity);
    }

    public static Login loginOf(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String name = claim(jwt, "name");
        if (name == null) {
            name = claim(jwt, "preferred_username");
        }
        return new Login(jwt.getIssuer(), jwt.getSubject(), name == null ? jwt.getName() : name);
    }

    /** The token's {@code member} claim, as a provider may set it; trusted only when configured. */
    public static Optional<String> memberClaim(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return Optional.ofNullable(claim(jwt, MEMBER_CLAIM));
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().replace("\"", "").trim();
        return text.isEmpty() ? null : text;
    }

    /** One key per login, across tenants and providers: the token's issuer and subject (null when anonymous). */
    public String loginKey() {
        Login login = login();
        return login == null ? null : login.key();
    }

    /** When the caller's token expires: a live stream ends then, so the reconnect authenticates again. */
    public Optional<java.time.Instant> expiresAt() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return Optional.empty();
        }
        return Optional.of(java.time.Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
}
