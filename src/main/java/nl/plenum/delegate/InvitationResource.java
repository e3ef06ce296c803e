package nl.plenum.delegate;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plenum.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/invitations/redemption")
@Tag(name = "Delegates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class InvitationResource {

    @Inject
    DelegateRegister register;

    @Inject
    CurrentUser user;

    public record Redemption(String code) {
    }

    @POST
    @Operation(summary = "Redeem an invitation code", description = "Binds the caller's login (issuer + subject) to the register "
            + "entry the code was issued for; from then on this login votes for that member. Single use. 404 unknown code; "
            + "409 `invitation-used`, `invitation-expired`, `invitation-revoked`, `login-already-bound`.")
    public Delegate redeem(Redemption body) {
        return register.redeem(body == null ? null : body.code(), user.login());
    }
}
