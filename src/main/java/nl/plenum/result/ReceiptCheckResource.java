package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The receipt check with the code in the body: it never lands in a URL, a browser history or an access log. */
@Path("/api/v1/ballots/{id}/receipt-checks")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReceiptCheckResource {

    @Inject
    ResultService results;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a receipt", description = "Was the vote with this receipt counted as cast? Secret ballots: after publication.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(schema = @Schema(implementation = ReceiptCheck.class)))
    public Response check(@PathParam("id") long id, @Valid @NotNull ReceiptCode receipt) {
        return Response.ok(results.checkReceipt(id, receipt.code())).header("Cache-Control", "no-store").build();
    }
}
