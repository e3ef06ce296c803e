package nl.plenum.vote;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nl.plenum.common.CsvFormat;
import nl.plenum.result.CsvLabels;
import nl.plenum.result.ResultResource;
import nl.plenum.result.ResultService;
import nl.plenum.result.RollCallCsv;
import nl.plenum.result.RollCallEntry;
import nl.plenum.security.CurrentUser;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{ballotId}/votes")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {

    private static final String ROLL_CALL = "OPEN-visibility ballots only, when the result is visible. Ask for text/csv to export it. "
            + ResultResource.FORMAT_CHOICE;

    @Inject
    VoteService votes;

    @Inject
    CurrentUser user;

    @Inject
    ResultService results;

    @Inject
    CsvLabels spreadsheetLabels;

    @GET
    @PermitAll
    @Operation(summary = "Roll-call: how each member voted", description = ROLL_CALL)
    public List<RollCallEntry> rollCall(@PathParam("ballotId") long ballotId) {
        return results.rollCall(ballotId, user);
    }

    @GET
    @PermitAll
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Roll-call: how each member voted", description = ROLL_CALL) // one operation with the JSON one
    @APIResponse(responseCode = "400", description = "`format` is neither `machine` nor `spreadsheet`",
            content = @Content(mediaType = "application/problem+json"))
    public Response rollCallCsv(@PathParam("ballotId") long ballotId,
            @Parameter(description = ResultResource.FORMAT_PARAMETER) @QueryParam(CsvFormat.PARAMETER) String format,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CsvFormat chosen = CsvFormat.choose(format, acceptLanguage);
        CsvLabels labels = chosen == CsvFormat.SPREADSHEET ? spreadsheetLabels : CsvLabels.MACHINE;
        return ResultResource.attachment(chosen.document(RollCallCsv.of(results.rollCall(ballotId, user), chosen, labels)),
                "ballot-" + ballotId + "-votes.csv");
    }

    @PUT
    @Path("{memberCode}")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "Cast or change a member's vote",
            description = "Idempotent: the last vote while the ballot is open counts. Answered only after the vote is committed; "
                    + "the answer carries a receipt code to check the vote was counted. A delegate votes for the member in the token's "
                    + "'member' claim, or for a member that gave that member a mandate for this assembly.")
    @APIResponse(responseCode = "200", description = "Committed: the receipt of the vote that counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CastResult.class)))
    @APIResponse(responseCode = "409", description = "The ballot does not take votes, the member is not entitled, or the vote was changed too often",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many votes from this login; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Not confirmed; send it again (a repeated vote never counts twice)",
            content = @Content(mediaType = "application/problem+json"))
    public CompletionStage<CastResult> cast(@PathParam("ballotId") long ballotId, @PathParam("memberCode") String memberCode, @Valid VoteRequest request) {
        return votes.cast(ballotId, memberCode, request, user);
    }
}
