package nl.plenum.ballot;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}")
@Tag(name = "Ballots")
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    BallotService ballots;

    @GET
    @PermitAll
    @Operation(summary = "A ballot and its state", description = "The ballot's question, options, rules and state.")
    public BallotView get(@PathParam("id") long id) {
        return BallotView.of(ballots.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Edit a draft ballot",
            description = "Replaces the question and rules of a DRAFT ballot; omitted rules take the assembly's ballot defaults (else YNA, YES_NO, SIMPLE, OPEN), as at creation; an omitted quorum means none. "
                    + "Recorded as BALLOT_EDITED in the audit. Once opened, a ballot's rules never change.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotView.class)))
    @APIResponse(responseCode = "400", description = "Invalid question or rules; the draft stays as it was",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The ballot is no longer a draft",
            content = @Content(mediaType = "application/problem+json"))
    public BallotView edit(@PathParam("id") long id, @Valid @NotNull BallotDraft draft) {
        return BallotView.of(ballots.edit(id, draft));
    }

    @POST
    @Path("opening")
    @RolesAllowed(Roles.CHAIR)
    @Operation(summary = "Open the ballot", description = "Freezes the entitled members and their weights. Idempotent.")
    public BallotView open(@PathParam("id") long id) {
        return BallotView.of(ballots.open(id));
    }

    @POST
    @Path("closing")
    @RolesAllowed(Roles.CHAIR)
    @Operation(summary = "Close the ballot", description = "No votes after this; the tally is computed and stored. Idempotent.")
    public BallotView close(@PathParam("id") long id) {
        return BallotView.of(ballots.close(id));
    }

    @POST
    @Path("publication")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Publish the result", description = "Makes the result (and for OPEN ballots the roll-call) public. Idempotent.")
    public BallotView publish(@PathParam("id") long id) {
        return BallotView.of(ballots.publish(id));
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Cancel a draft or open ballot",
            description = "Votes already cast stay on record but are never counted. An OPEN ballot needs a reason (at most "
                    + Cancellation.MAX_REASON + " characters), stored in the BALLOT_CANCELLED audit event; a DRAFT may be "
                    + "cancelled without a body. Idempotent: cancelling a cancelled ballot changes nothing.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Cancellation.class)))
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotView.class)))
    @APIResponse(responseCode = "400", description = "An OPEN ballot without a reason, or a reason that is too long; the ballot stays as it was",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The ballot is closed or published and can no longer be cancelled",
            content = @Content(mediaType = "application/problem+json"))
    public BallotView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return BallotView.of(ballots.cancel(id, cancellation == null ? null : cancellation.reason()));
    }
}
