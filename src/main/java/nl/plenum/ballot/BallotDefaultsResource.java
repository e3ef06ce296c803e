package nl.plenum.ballot;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Part of the assembly API, but owned by the ballot feature: assembly stays below ballot. */
@Path("/api/v1/assemblies/{assemblyId}/ballot-defaults")
@Tag(name = "Assemblies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARIAT)
public class BallotDefaultsResource {

    @Inject
    BallotDefaultsService service;

    @GET
    @Operation(summary = "The rules new ballots of this assembly start with",
            description = "Secretariat only. Without defaults of its own an assembly uses YNA, YES_NO, SIMPLE, no quorum, OPEN.")
    public BallotDefaults get(@PathParam("assemblyId") long assemblyId) {
        return service.get(assemblyId);
    }

    @PUT
    @Operation(summary = "Set the rules new ballots of this assembly start with",
            description = "Secretariat only. Enums by name; an omitted rule is the built-in default, an omitted `quorum` means no quorum. "
                    + "Rules omitted when a ballot is created (POST /api/v1/resolutions/{id}/ballots) are taken from here. "
                    + "Existing ballots keep their rules.")
    @APIResponse(responseCode = "200", description = "Saved; the defaults as stored")
    @APIResponse(responseCode = "400", description = "Unknown enum name or impossible quorum; nothing changed",
            content = @Content(mediaType = "application/problem+json"))
    public BallotDefaults set(@PathParam("assemblyId") long assemblyId, @Valid @NotNull BallotDefaults body) {
        return service.set(assemblyId, body);
    }
}
