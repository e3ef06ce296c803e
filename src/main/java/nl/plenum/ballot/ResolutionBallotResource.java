package nl.plenum.ballot;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolutions/{resolutionId}/ballots")
@Tag(name = "Ballots")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionBallotResource {

    @Inject
    BallotService ballots;

    @GET
    @PermitAll
    @Operation(summary = "Ballots on a resolution", description = "Every ballot held on this resolution.")
    public List<BallotView> list(@PathParam("resolutionId") long resolutionId) {
        return ballots.forResolution(resolutionId).stream().map(BallotView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Create a ballot (DRAFT)",
            description = "Option set YN or YNA, percent base, majority rule, optional quorum (share of entitled weight) and visibility OPEN or SECRET. "
                    + "Every omitted (or null) rule, the quorum included, is taken from the assembly's ballot defaults "
                    + "(GET /api/v1/assemblies/{assemblyId}/ballot-defaults); an assembly without defaults uses YNA, YES_NO, SIMPLE, no quorum, OPEN.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new ballot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotView.class)))
    public Response create(@PathParam("resolutionId") long resolutionId, @Valid @NotNull BallotDraft draft, @Context UriInfo uri) {
        Ballot ballot = ballots.create(resolutionId, draft);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/ballots/{id}").build(ballot.id)).entity(BallotView.of(ballot)).build();
    }
}
