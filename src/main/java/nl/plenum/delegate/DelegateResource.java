package nl.plenum.delegate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{code}/delegates")
@Tag(name = "Delegates", description = "The delegate register: who votes for a member, and whether that person's login is bound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARIAT)
public class DelegateResource {

    @Inject
    DelegateRegister register;

    public record DesignationInput(String name, String email, Long assemblyId) {
    }

    @GET
    @Operation(summary = "The member's delegates", description = "Unrevoked entries first. `status`: DESIGNATED (no login yet), "
            + "BOUND (a login redeemed an invitation), REVOKED.")
    public List<Delegate> list(@PathParam("code") String code) {
        return register.forMember(code);
    }

    @POST
    @Operation(summary = "Designate a delegate", description = "Body `{name, email, assemblyId?}`; without `assemblyId` the entry "
            + "holds until revoked. The person votes only after their login redeemed an invitation (POST …/{id}/invitation).")
    @APIResponse(responseCode = "201", description = "Designated")
    public Response designate(@PathParam("code") String code, DesignationInput body) {
        DesignationInput in = body == null ? new DesignationInput(null, null, null) : body;
        Delegate delegate = register.designate(code, new DelegateRegister.Designation(in.name(), in.email(), in.assemblyId()));
        return Response.status(Response.Status.CREATED).entity(delegate).build();
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke a delegate", description = "Idempotent. The login cannot vote for the member from the next vote on; "
            + "open invitations stop working. The entry stays in the register as REVOKED.")
    public Delegate revoke(@PathParam("code") String code, @PathParam("id") long id) {
        return register.revoke(code, id);
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "Issue an invitation code", description = "Single use, valid for `plenum.identity.invitation-validity` "
            + "(14 days by default). The code is in this answer only (Plenum stores its hash); an earlier unused code stops working. "
            + "For a bound entry, redeeming the new code moves the binding to the redeeming login.")
    @APIResponse(responseCode = "201", description = "Issued; the code is shown once")
    @APIResponse(responseCode = "409", description = "The entry is revoked")
    public Response invite(@PathParam("code") String code, @PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(register.invite(code, id))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}/invitation")
    @Operation(summary = "Withdraw the unused invitation", description = "The entry and any binding stay.")
    public Delegate withdrawInvitation(@PathParam("code") String code, @PathParam("id") long id) {
        return register.withdrawInvitation(code, id);
    }
}
