package nl.plenum.resolution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assemblies/{assemblyId}/resolutions")
@Tag(name = "Resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssemblyResolutionResource {

    @Inject
    ResolutionService service;

    @GET
    @PermitAll
    @Operation(summary = "An assembly's agenda", description = "Public. In agenda order (2, 8a, 8b, 10).")
    public List<ResolutionView> list(@PathParam("assemblyId") long assemblyId) {
        return service.forAssembly(assemblyId).stream().map(ResolutionView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Put a resolution on the agenda", description = "`text` is Markdown. Agenda items are unique within an assembly (409).")
    @APIResponse(responseCode = "201", description = "Created; Location names the resolution")
    public Response create(@PathParam("assemblyId") long assemblyId, @NotNull @Valid ResolutionInput body, @Context UriInfo uri) {
        Resolution resolution = service.create(assemblyId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/resolutions/{id}").build(resolution.id))
                .entity(ResolutionView.of(resolution)).build();
    }

    @POST
    @Path("import")
    @Consumes({AgendaCsv.MEDIA_TYPE, "application/csv"})
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Import the agenda from CSV",
            description = "UTF-8 (with or without BOM), header `agendaItem,title,text` or `agendapunt,titel,tekst` (text optional, Markdown), "
                    + "comma- or semicolon-separated. An item whose number exists gets the file's title and text, others are created; "
                    + "items absent from the file are not touched. All or nothing: any bad line refuses the file with every bad line "
                    + "listed as `line N` in `errors`. An item that was voted on (a ballot opened) cannot change.")
    @APIResponse(responseCode = "200", description = "Imported: how many items were created, updated and already as the file says")
    @APIResponse(responseCode = "400", description = "A bad line or a file that cannot be read; nothing changed",
            content = @Content(mediaType = "application/problem+json"))
    public ResolutionService.ImportResult importCsv(@PathParam("assemblyId") long assemblyId, byte[] body) {
        return service.importCsv(assemblyId, AgendaCsv.read(body == null ? new byte[0] : body));
    }
}
