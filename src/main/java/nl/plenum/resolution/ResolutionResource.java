package nl.plenum.resolution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolutions")
@Tag(name = "Resolutions", description = "Resolutions on an assembly's agenda")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolutionResource {

    @Inject
    ResolutionService service;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One resolution", description = "Public. `html` is the Markdown `text` rendered safely: raw HTML escaped, only http(s) and mailto links.")
    public ResolutionView get(@PathParam("id") long id) {
        return ResolutionView.of(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change a resolution", description = "Agenda items are unique within an assembly (409).")
    public ResolutionView update(@PathParam("id") long id, @NotNull @Valid ResolutionInput body) {
        return ResolutionView.of(service.update(id, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Take a resolution off the agenda",
            description = "Deletes the resolution together with its draft ballots. Once any of its ballots was opened it "
                    + "cannot be deleted (409 `resolution-has-ballots`): its votes stay on the record; set its status to WITHDRAWN instead.")
    @APIResponse(responseCode = "204", description = "Deleted, with its draft ballots")
    @APIResponse(responseCode = "409", description = "A ballot on it was opened; nothing was deleted")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
