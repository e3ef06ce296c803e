package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/receipts")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReceiptResource {

    @Inject
    ResultService results;

    @GET
    @Path("{code}")
    @Operation(summary = "Check a receipt", description = "Was the vote with this receipt counted as cast? Secret ballots: after publication.")
    public ReceiptCheck receipt(@PathParam("id") long id, @PathParam("code") String code) {
        return results.checkReceipt(id, code);
    }

    @GET
    @Operation(summary = "Published receipt hashes", description = "Every counted receipt hash with its choice, after publication.")
    public List<ReceiptCheck> receipts(@PathParam("id") long id) {
        return results.publishedReceipts(id);
    }
}
