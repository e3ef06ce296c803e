package nl.plenum.assembly;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/assemblies/{assemblyId}/mandates")
@Tag(name = "Mandates", description = "Proxy votes: for one assembly a member's vote is cast by another member's delegate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARIAT)
public class MandateResource {

    @Inject
    MandateService service;

    public record MandateInput(@NotBlank String proxy) {
    }

    public record MandateView(String member, String proxy) {

        static MandateView of(Mandate mandate) {
            return new MandateView(mandate.member.code, mandate.proxy.code);
        }
    }

    @GET
    @Operation(summary = "The assembly's mandates", description = "Sorted by the member giving its vote.")
    public List<MandateView> list(@PathParam("assemblyId") long assemblyId) {
        return service.list(assemblyId).stream().map(MandateView::of).toList();
    }

    @PUT
    @Path("{memberCode}")
    @Operation(summary = "Give a member's vote to a proxy",
            description = "The delegate of `proxy` casts this member's vote in this assembly. A member cannot be its own proxy "
                    + "(400). A mandate goes one step only (409): a proxy cannot have given its own vote away, and a member "
                    + "that carries others' votes cannot give its own away. Deactivated members and closed assemblies: 409.")
    @APIResponse(responseCode = "201", description = "Mandate created")
    @APIResponse(responseCode = "200", description = "Mandate replaced or unchanged")
    @APIResponse(responseCode = "409", description = "Chain of mandates, deactivated member or closed assembly")
    public Response set(@PathParam("assemblyId") long assemblyId, @PathParam("memberCode") String memberCode,
            @NotNull @Valid MandateInput body) {
        MandateService.Change change = service.set(assemblyId, memberCode, body.proxy());
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(MandateView.of(change.mandate())).build();
    }

    @DELETE
    @Path("{memberCode}")
    @Operation(summary = "Withdraw a mandate", description = "The member votes for itself again.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void remove(@PathParam("assemblyId") long assemblyId, @PathParam("memberCode") String memberCode) {
        service.remove(assemblyId, memberCode);
    }
}
