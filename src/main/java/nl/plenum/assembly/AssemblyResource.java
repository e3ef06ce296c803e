package nl.plenum.assembly;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assemblies")
@Tag(name = "Assemblies", description = "General assemblies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssemblyResource {

    @Inject
    AssemblyService service;

    @GET
    @PermitAll
    @Operation(summary = "List assemblies", description = "Public. Newest meeting date first.")
    public List<AssemblyView> list() {
        return service.list().stream().map(AssemblyView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Plan an assembly", description = "`date` is ISO yyyy-MM-dd; `status` defaults to PLANNED.")
    @APIResponse(responseCode = "201", description = "Created; Location names the assembly")
    public Response create(@NotNull @Valid AssemblyInput body, @Context UriInfo uri) {
        Assembly assembly = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(assembly.id)).build())
                .entity(AssemblyView.of(assembly)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One assembly", description = "Public.")
    public AssemblyView get(@PathParam("id") long id) {
        return AssemblyView.of(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change an assembly", description = "Status PLANNED, IN_SESSION or CLOSED; a CLOSED assembly's mandates are frozen.")
    public AssemblyView update(@PathParam("id") long id, @NotNull @Valid AssemblyInput body) {
        return AssemblyView.of(service.update(id, body));
    }
}
