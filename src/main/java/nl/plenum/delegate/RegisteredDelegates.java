package nl.plenum.delegate;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.plenum.security.CurrentUser;
import nl.plenum.security.Login;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes the register decide who is a delegate: a login gets Plenum's {@code delegate} role and its
 * member only through a bound, unrevoked register entry. A {@code delegate} role assigned at the
 * provider means nothing on its own; the {@code member} claim is ignored unless
 * {@code plenum.identity.trust-member-claim=true}.
 */
@ApplicationScoped
public class RegisteredDelegates implements SecurityIdentityAugmentor {

    @Inject
    DelegateRegister register;

    @Inject
    IdentityConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withRegister(identity));
    }

    private SecurityIdentity withRegister(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(false);
        identity.getRoles().stream().filter(role -> !Roles.DELEGATE.equals(role)).forEach(builder::addRole);
        if (config.trustMemberClaim()) {
            Optional<String> claimed = CurrentUser.memberClaim(identity);
            if (claimed.isPresent() && identity.hasRole(Roles.DELEGATE)) {
                return builder.addRole(Roles.DELEGATE).addAttribute(CurrentUser.MEMBER_ATTRIBUTE, claimed.get())
                        .addAttribute(CurrentUser.MEMBER_FROM_CLAIM_ATTRIBUTE, true).build();
            }
            return builder.build();
        }
        Login login = CurrentUser.loginOf(identity);
        Optional<DelegateRegister.Acting> acting = register.actingFor(login);
        if (acting.isEmpty() && config.bindByVerifiedEmail()) {
            acting = verifiedEmail((JsonWebToken) identity.getPrincipal()).flatMap(email -> register.bindByVerifiedEmail(login, email));
        }
        acting.ifPresent(a -> builder.addRole(Roles.DELEGATE).addAttribute(CurrentUser.MEMBER_ATTRIBUTE, a.member()));
        return builder.build();
    }

    private static Optional<String> verifiedEmail(JsonWebToken jwt) {
        Object verified = jwt.getClaim("email_verified");
        if (verified == null || !Boolean.parseBoolean(verified.toString())) {
            return Optional.empty();
        }
        return Optional.ofNullable(jwt.getClaim("email")).map(Object::toString).map(s -> s.replace("\"", ""));
    }
}
